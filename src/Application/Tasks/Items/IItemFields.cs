using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Tasks.Items;

/// <summary>The fields of an item; shared by create and update.</summary>
public interface IItemFields
{
    string? Name { get; }

    string? DepartmentCode { get; }

    string? LegalBasis { get; }

    IReadOnlyList<string>? ChecklistPoints { get; }

    string? RequiredExpertise { get; }

    ItemPriority? Priority { get; }
}
