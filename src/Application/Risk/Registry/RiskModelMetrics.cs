using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk.Registry;

/// <summary>
/// The registry's <c>metrics</c> member: training and validation metrics of the chosen trainer, and every candidate's;
/// the validation curves and the feature importance of the chosen model (recorded from #17 on; null in older rows).
/// </summary>
public sealed record RiskModelMetrics(
    RiskMetrics Training,
    RiskMetrics Validation,
    IReadOnlyList<RiskCandidate> Candidates,
    RiskCurves? Curves = null,
    IReadOnlyList<RiskFeatureShare>? Importance = null);
