using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Rosters;

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
        Rule.Check(validTo is null || validTo >= validFrom, RuleCodes.RecusalPeriod);
        Rule.Check(reason != RecusalReason.Other || !string.IsNullOrWhiteSpace(note), RuleCodes.RecusalNoteRequired);
        Reason = reason;
        Note = note;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
