namespace DoubleRandom.Application.Draws.Queries.CheckTarget;

public sealed record TargetCheckDto(
    string Code, bool InSnapshot, bool Drawn, string? Stratum, int? Weight, int? StratumPopulation, int? StratumSampleSize,
    long? RemainingSampleSize, long? RemainingWeight, bool TakeAll, double? Uniform, double? Lambda, double? Q, double? Threshold,
    int? Group, string Explanation);
