namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One task: the ratio it set, the share it drew and inspected.</summary>
public sealed record TaskCoverageRow(Guid TaskId, string Name, double? SetRatio, long Population, long Drawn, long Inspected, double? DrawnShare, double? InspectedShare, string? Weighting);
