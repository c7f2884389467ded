using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tasks;

/// <summary>
/// 抽查事项 — what is checked, by which department, on which legal basis. A task joins one or more items;
/// items of several departments make a joint task (§4.1.1). Checklist points are stored one per line.
/// </summary>
public sealed class InspectionItem : Entity
{
    public const int NameMaxLength = 200;
    public const int LegalBasisMaxLength = 2000;
    public const int ChecklistMaxLength = 8000;

    private InspectionItem()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string DepartmentCode { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    public string Checklist { get; private set; } = string.Empty;

    /// <summary>业务专长 an officer needs for this item; null when any officer may inspect it.</summary>
    public string? RequiredExpertise { get; private set; }

    public ItemPriority Priority { get; private set; }

    public bool IsRetired { get; private set; }

    public IReadOnlyList<string> ChecklistPoints =>
        Checklist.Length == 0 ? [] : Checklist.Split('\n');

    public static InspectionItem Create(string name, string departmentCode, string legalBasis,
        IReadOnlyList<string> checklist, string? requiredExpertise, ItemPriority priority)
    {
        var item = new InspectionItem();
        item.Update(name, departmentCode, legalBasis, checklist, requiredExpertise, priority);
        return item;
    }

    public void Update(string name, string departmentCode, string legalBasis,
        IReadOnlyList<string> checklist, string? requiredExpertise, ItemPriority priority)
    {
        Rule.Check(!IsRetired, RuleCodes.ItemRetired);
        Name = name;
        DepartmentCode = departmentCode;
        LegalBasis = legalBasis;
        Checklist = string.Join('\n', checklist.Select(p => p.Trim()).Where(p => p.Length > 0));
        RequiredExpertise = string.IsNullOrWhiteSpace(requiredExpertise) ? null : requiredExpertise.Trim();
        Priority = priority;
    }

    /// <summary>Kept for the tasks and draws that used it; hidden from new tasks.</summary>
    public void Retire() => IsRetired = true;
}
