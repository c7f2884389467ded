namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Officers' workload (Gini, max/min), drawn against expectation, and whether drawn targets match their inclusion probabilities (χ² goodness of fit).</summary>
public sealed record FairnessSection(
    SectionStatus Status,
    IReadOnlyList<OfficerRow> Officers,
    double? WorkloadGini,
    long? MaxTargets,
    long? MinTargets,
    double? MaxMinRatio,
    ChiSquareResult? OfficerFit,
    ChiSquareResult? InclusionFit,
    IReadOnlyList<FitBinRow> InclusionBins);
