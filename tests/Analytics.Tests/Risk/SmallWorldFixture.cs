using DoubleRandom.Analytics.Risk;
using DoubleRandom.Analytics.Tests.Synthetic;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>A small synthetic world (5,000 targets) and one default training on it, shared by the engine's contract tests.</summary>
public sealed class SmallWorldFixture : IAsyncLifetime
{
    public SyntheticHistory History { get; } = SyntheticWorld.Generate(5000, 0.1, seed: 7);

    public RiskTrainingOutcome Outcome { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Outcome = await new MlNetRiskModelEngine().TrainAsync(History.Rows, RiskTrainingSettings.Default, null, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;
}
