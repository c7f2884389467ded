namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One estimate: sample size, problems, the naive rate; the Horvitz–Thompson rate (needs the known population size: null for a domain that is not a stratum or for history) and the Hájek rate, each with its 95 % interval; the estimated population size Σ1/λ; Note says when a variance could not be estimated (fewer than two sampled units with λ &lt; 1 in a stratum).</summary>
public sealed record EstimateRow(
    string Key,
    string Label,
    long SampleSize,
    long Problems,
    double? NaiveRate,
    ConfidenceInterval? HorvitzThompson,
    ConfidenceInterval? Hajek,
    double EstimatedPopulation,
    long? KnownPopulation,
    string? Note);
