namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// One earlier visit of a target (a final inspection record, or one day of imported or demo history): its day, how
/// many of its item results indicate a problem as first final, and the approved corrections that changed that count
/// later (none for history rows): a day sees the count of the last correction approved before it.
/// </summary>
public readonly record struct PastVisit(DateOnly Day, int Problems, IReadOnlyList<ResultRevision>? Corrections = null);
