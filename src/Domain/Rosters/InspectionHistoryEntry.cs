namespace DoubleRandom.Domain.Rosters;

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
