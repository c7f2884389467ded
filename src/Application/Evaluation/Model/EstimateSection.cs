namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Population estimates of the problem rate (Horvitz–Thompson and Hájek, 95 % intervals) overall, by tier and by region, beside the naive hit rate; the method in words; how many samples had no λ.</summary>
public sealed record EstimateSection(
    SectionStatus Status,
    EstimateRow? Overall,
    IReadOnlyList<EstimateRow> ByTier,
    IReadOnlyList<EstimateRow> ByRegion,
    string Method,
    long ExcludedWithoutLambda);
