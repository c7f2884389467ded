namespace DoubleRandom.Application.Risk.Features;

/// <summary>One item result of a visit to learn from: the visit's day and year, the stratum it was drawn in, λ when known, and whether it found a problem.</summary>
public readonly record struct LabelledItem(DateOnly Day, int Year, string? Stratum, double? Lambda, bool Problem);
