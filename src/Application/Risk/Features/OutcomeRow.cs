namespace DoubleRandom.Application.Risk.Features;

/// <summary>One history row as training reads it: target, day, year, result category, λ when known and the stratum.</summary>
public sealed record OutcomeRow(string TargetCode, DateOnly Day, int Year, string Category, double? Lambda, string? Stratum);
