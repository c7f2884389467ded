namespace DoubleRandom.Application.Draws.Queries.CheckTarget;

/// <param name="RiskModelVersion">The model version whose scoring set the target's tier when the draw was prepared (#16); null when the tier was set by hand or by an import.</param>
/// <param name="RiskSource">Where the tier (and, in score mode, the weight) came from, in words.</param>
public sealed record TargetCheckDto(
    string Code, bool InSnapshot, bool Drawn, string? Stratum, int? Weight, int? StratumPopulation, int? StratumSampleSize,
    long? RemainingSampleSize, long? RemainingWeight, bool TakeAll, double? Uniform, double? Lambda, double? Q, double? Threshold,
    int? Group, string Explanation, int? RiskModelVersion = null, string? RiskSource = null);
