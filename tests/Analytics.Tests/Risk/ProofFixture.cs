using DoubleRandom.Analytics.Risk;
using DoubleRandom.Analytics.Tests.Synthetic;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>
/// One synthetic world (30,000 targets, 10,000 more held out, four quarterly rounds drawing about 10 % each) and three
/// trainings on its history: with the true 1/λ weights, unweighted, and with the documented estimate of λ.
/// </summary>
public sealed class ProofFixture : IAsyncLifetime
{
    public const int Targets = 40_000;

    public const int HeldOut = 10_000;

    public SyntheticHistory History { get; } = SyntheticWorld.Generate(Targets, 0.12, seed: 2027, heldOut: HeldOut);

    public RiskTrainingOutcome Weighted { get; private set; } = null!;

    public RiskTrainingOutcome Unweighted { get; private set; } = null!;

    public RiskTrainingOutcome EstimatedLambda { get; private set; } = null!;

    /// <summary>Each model's probability for every target of the population (in population order).</summary>
    public double[] WeightedScores { get; private set; } = [];

    public double[] UnweightedScores { get; private set; } = [];

    public double[] EstimatedLambdaScores { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var engine = new MlNetRiskModelEngine();
        var settings = RiskTrainingSettings.Default with { BudgetShare = 0.1 };
        Weighted = await engine.TrainAsync(History.Rows, settings, null, CancellationToken.None);
        Unweighted = await engine.TrainAsync(History.Rows, settings with { Weighted = false }, null, CancellationToken.None);
        var estimated = History.Rows with { Training = History.EstimatedLambdaTraining, Validation = History.EstimatedLambdaValidation };
        EstimatedLambda = await engine.TrainAsync(estimated, settings, null, CancellationToken.None);
        WeightedScores = Score(engine, Weighted);
        UnweightedScores = Score(engine, Unweighted);
        EstimatedLambdaScores = Score(engine, EstimatedLambda);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private double[] Score(MlNetRiskModelEngine engine, RiskTrainingOutcome outcome)
    {
        using var scorer = engine.Load(outcome.ModelFile);
        var predictions = new List<RiskPrediction>(History.Population.Count);
        scorer.Score([.. History.Population.Select(t => t.Features)], 0, predictions);
        return [.. predictions.Select(p => p.Probability)];
    }
}
