using DoubleRandom.Analytics.Risk;
using DoubleRandom.Analytics.Tests.Synthetic;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>
/// A synthetic world without a hidden effect (the truth is a known function of the features, as the issue states it):
/// 20,000 targets, 5,000 of them held out, past draws still risk-weighted with their λ; one 1/λ weighted training.
/// </summary>
public sealed class FeatureWorldFixture : IAsyncLifetime
{
    public const int Targets = 20_000;

    public const int HeldOut = 5_000;

    public SyntheticHistory History { get; } = SyntheticWorld.Generate(Targets, 0.15, seed: 2031, heldOut: HeldOut, hiddenEffect: 0);

    public RiskTrainingOutcome Weighted { get; private set; } = null!;

    /// <summary>The model's probability for every target of the population (in population order).</summary>
    public double[] Scores { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var engine = new MlNetRiskModelEngine();
        Weighted = await engine.TrainAsync(History.Rows, RiskTrainingSettings.Default with { BudgetShare = 0.1 }, null, CancellationToken.None);
        using var scorer = engine.Load(Weighted.ModelFile);
        var predictions = new List<RiskPrediction>(History.Population.Count);
        scorer.Score([.. History.Population.Select(t => t.Features)], 0, predictions);
        Scores = [.. predictions.Select(p => p.Probability)];
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
