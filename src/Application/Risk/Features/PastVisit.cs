namespace DoubleRandom.Application.Risk.Features;

/// <summary>One earlier visit of a target (a final inspection record, or one day of imported or demo history): its day and how many of its item results indicate a problem.</summary>
public readonly record struct PastVisit(DateOnly Day, int Problems);
