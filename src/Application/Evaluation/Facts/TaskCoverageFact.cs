namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One task drawn in the period: the ratio it set (its strata's share to draw, basis points; null when it set counts), its population and how many it drew and inspected.</summary>
public sealed record TaskCoverageFact(Guid TaskId, string Name, int? RatioBp, long Population, long Drawn, long Inspected, string? Weighting);
