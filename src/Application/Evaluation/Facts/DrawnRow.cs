using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One selection of a sealed draw with its target's current region, industry and tier (the scope's targets only).</summary>
internal sealed record DrawnRow(Guid DrawId, string Code, string Stratum, double Lambda, int? Group, string Region, string? Industry, RiskTier? Tier);
