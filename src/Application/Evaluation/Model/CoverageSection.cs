namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Coverage by tier, region and industry, and per task against the ratio it set.</summary>
public sealed record CoverageSection(SectionStatus Status, IReadOnlyList<CoverageRow> Rows, IReadOnlyList<TaskCoverageRow> Tasks);
