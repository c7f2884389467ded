using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>
/// The estimates of a population (or domain) rate from one sample: the naive rate (mean of Y over the domain's sampled
/// units), Horvitz–Thompson (null without a known population size) and Hájek with standard errors and 95 % intervals,
/// the estimated population size Σ1/λ, and whether a stratum with fewer than two units of λ &lt; 1 left its variance
/// unestimated (counted as zero).
/// </summary>
public sealed record RateEstimate(
    long SampleSize,
    double Sum,
    double? Naive,
    ConfidenceInterval? HorvitzThompson,
    ConfidenceInterval? Hajek,
    double EstimatedPopulation,
    bool VarianceIncomplete);
