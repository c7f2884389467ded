namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Hit rates (problems found per inspection) by tier and by item, and the lift of risk-weighted drawing over uniform.</summary>
public sealed record HitRateSection(SectionStatus Status, IReadOnlyList<HitRateRow> ByTier, IReadOnlyList<HitRateRow> ByItem, LiftFigure? Lift);
