namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>Everything a report is computed from, read once. Samples and strata reach back to Request.TrendFrom (for the trend); every other list covers the period only. DataDigest is the SHA-256 (hex) of the facts in a canonical form: a rerun on unchanged data gives the same digest.</summary>
public sealed record EvaluationFacts(
    EvaluationRequest Request,
    string DataDigest,
    IReadOnlyList<SampleFact> Samples,
    IReadOnlyList<StratumFact> Strata,
    IReadOnlyList<PopulationFact> Population,
    IReadOnlyList<TaskCoverageFact> Tasks,
    IReadOnlyList<ItemFact> Items,
    IReadOnlyList<FollowUpFact> FollowUps,
    IReadOnlyList<PublicationFact> Publications,
    IReadOnlyList<OfficerFact> Officers,
    IReadOnlyList<LambdaBinFact> LambdaBins,
    IReadOnlyList<LabelFact> Labels,
    ModelFacts? Model,
    long ExcludedWithoutLambda);
