namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Follow-ups handed over in the period: how many closed, the closure rate, days to close (median, 90th percentile), open past their deadline, and counts by status.</summary>
public sealed record FollowUpSection(
    SectionStatus Status,
    long HandedOver,
    long Closed,
    double? ClosureRate,
    double? MedianDaysToClose,
    double? P90DaysToClose,
    long OpenPastDeadline,
    IReadOnlyList<CountRow> ByStatus);
