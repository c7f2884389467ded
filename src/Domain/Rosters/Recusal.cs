using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Rosters;

/// <summary>回避事由.</summary>
public enum RecusalReason
{
    /// <summary>亲属关系.</summary>
    Kinship,

    /// <summary>曾任职.</summary>
    FormerEmployer,

    /// <summary>曾办理案件.</summary>
    PriorCase,

    /// <summary>其他（须说明）.</summary>
    Other,
}

public static class RecusalReasons
{
    public static (string Chinese, string English) DisplayName(this RecusalReason reason) => reason switch
    {
        RecusalReason.Kinship => ("亲属关系", "Kinship"),
        RecusalReason.FormerEmployer => ("曾任职", "Former employer"),
        RecusalReason.PriorCase => ("曾办理案件", "Prior case"),
        _ => ("其他", "Other"),
    };
}

/// <summary>
/// 回避登记: this officer must not inspect this target while the recusal is valid
/// (from <see cref="ValidFrom"/> to <see cref="ValidTo"/> inclusive; open-ended when no end).
/// </summary>
public sealed class Recusal : Entity
{
    public const int NoteMaxLength = 500;

    private Recusal()
    {
    }

    public Guid OfficerId { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public RecusalReason Reason { get; private set; }

    public string? Note { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>Who registered the recusal (the acting user's name).</summary>
    public string RecordedBy { get; private set; } = string.Empty;

    public static Recusal Create(Guid officerId, string targetCode, RecusalReason reason, string? note,
        DateOnly validFrom, DateOnly? validTo, string recordedBy)
    {
        var recusal = new Recusal { OfficerId = officerId, TargetCode = targetCode, RecordedBy = recordedBy };
        recusal.Update(reason, note, validFrom, validTo);
        return recusal;
    }

    public void Update(RecusalReason reason, string? note, DateOnly validFrom, DateOnly? validTo)
    {
        Rule.Check(validTo is null || validTo >= validFrom, "recusal-period", "A recusal ends on or after its start.");
        Rule.Check(reason != RecusalReason.Other || !string.IsNullOrWhiteSpace(note), "recusal-note-required",
            "A recusal for another reason needs a note.");
        Reason = reason;
        Note = note;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>检查记录摘要: officer X inspected target Y on a day. Fed by draw results; read by the derived recusal rule.</summary>
public sealed class InspectionHistoryEntry
{
    private InspectionHistoryEntry()
    {
    }

    public long Id { get; private set; }

    public Guid OfficerId { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public DateOnly InspectedOn { get; private set; }

    public static InspectionHistoryEntry Create(Guid officerId, string targetCode, DateOnly inspectedOn) =>
        new() { OfficerId = officerId, TargetCode = targetCode, InspectedOn = inspectedOn };
}
