using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;

namespace DoubleRandom.Analytics.Tests.Evaluation.Reports.Sections;

/// <summary>Facts of 2026 with only what the estimate and fairness sections read.</summary>
public static class SectionFacts
{
    public static readonly DateOnly Day = new(2026, 4, 1);

    public static EvaluationFacts With(
        IReadOnlyList<SampleFact>? samples = null,
        IReadOnlyList<StratumFact>? strata = null,
        IReadOnlyList<OfficerFact>? officers = null,
        IReadOnlyList<LambdaBinFact>? bins = null) => new(
        new EvaluationRequest(new(2026, 1, 1), new(2026, 12, 31), "2026年", [], [], [], new(2025, 1, 1)),
        new string('0', 64), samples ?? [], strata ?? [], [], [], [], [], [], officers ?? [], bins ?? [], [], null, 0);

    public static SampleFact Sample(string design, double? lambda, bool problem, string? tier, string region) =>
        new(design, design.StartsWith("h|", StringComparison.Ordinal) ? SampleSource.History : SampleSource.Draw, Day, lambda,
            problem, 3, problem ? 1 : 0, tier, region, "C", null);

    public static string Label(string dimension, string key) => $"{dimension}:{key}";
}
