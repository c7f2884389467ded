using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk.Registry;

/// <summary>The registry's <c>metrics</c> member: training and validation metrics of the chosen trainer, and every candidate's.</summary>
public sealed record RiskModelMetrics(RiskMetrics Training, RiskMetrics Validation, IReadOnlyList<RiskCandidate> Candidates);
