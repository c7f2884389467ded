using DoubleRandom.Analytics.Risk;
using DoubleRandom.Analytics.Tests.Synthetic;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

public sealed class EngineSmokeTests
{
    [Fact]
    public async Task Trains_both_trainers_saves_and_scores_with_contributions()
    {
        var history = SyntheticWorld.Generate(5000, 0.1, seed: 7);
        var engine = new MlNetRiskModelEngine();
        var outcome = await engine.TrainAsync(history.Rows, RiskTrainingSettings.Default, null, CancellationToken.None);
        Assert.Equal(2, outcome.Candidates.Count);
        using var scorer = engine.Load(outcome.ModelFile);
        var prediction = scorer.Score(history.Population[0].Features, 3);
        Assert.InRange(prediction.Probability, 0, 1);
        Assert.NotEmpty(prediction.Top);
    }
}
