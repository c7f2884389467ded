using DoubleRandom.Analytics.Evaluation;
using DoubleRandom.Analytics.Tests.Synthetic;
using Xunit.Abstractions;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>
/// The criterion as it is written (#16): on a world whose truth is a function of the features only, with a
/// risk-weighted selection (λ recorded), the trained model's AUC on held-out targets is within 0.02 of the AUC of the true
/// probabilities. The hidden-effect world (<see cref="ProofTests"/>) keeps the calibration proof, where the truth is not
/// reachable from the features.
/// </summary>
public sealed class FeatureWorldProofTests(FeatureWorldFixture world, ITestOutputHelper output) : IClassFixture<FeatureWorldFixture>
{
    [Fact]
    public void The_weighted_model_ranks_held_out_targets_within_002_AUC_of_the_true_probabilities()
    {
        var random = new Random(17);
        var model = new List<double>();
        var truth = new List<double>();
        var labels = new List<bool>();
        for (var i = world.History.FirstHeldOut; i < world.History.Population.Count; i++)
        {
            var t = world.History.Population[i];
            Assert.Equal(t.FeatureProbability, t.TrueProbability, 12);
            for (var item = 0; item < SyntheticWorld.ItemsPerVisit; item++)
            {
                labels.Add(random.NextDouble() < t.TrueProbability);
                model.Add(world.Scores[i]);
                truth.Add(t.TrueProbability);
            }
        }

        double[] ones = [.. labels.Select(_ => 1.0)];
        var modelAuc = WeightedMetrics.Compute(model, labels, ones, 0.1).Auc;
        var trueAuc = WeightedMetrics.Compute(truth, labels, ones, 0.1).Auc;
        output.WriteLine($"held-out AUC (features-only truth): model {modelAuc:F4} ({world.Weighted.Trainer}), true p {trueAuc:F4}");
        Assert.True(Math.Abs(modelAuc - trueAuc) <= 0.02, $"|AUC model {modelAuc:F4} − AUC true {trueAuc:F4}| > 0.02");
    }
}
