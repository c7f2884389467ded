using DoubleRandom.Analytics.Evaluation;
using DoubleRandom.Analytics.Tests.Synthetic;
using Xunit.Abstractions;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>
/// The proof that the engine learns the risk and that the 1/λ weights correct the selection bias of risk-weighted
/// draws, on a synthetic world whose truth is known (<see cref="SyntheticWorld"/>; docs/risk-model.md §1 and §3).
/// </summary>
public sealed class ProofTests(ProofFixture world, ITestOutputHelper output) : IClassFixture<ProofFixture>
{
    [Fact]
    public void The_weighted_model_ranks_held_out_targets_within_002_AUC_of_the_best_the_features_allow()
    {
        // Held-out targets (never drawn): each gets items drawn from its true p; the AUC of the model's scores is
        // compared with the AUC of q(x), the truth averaged over the hidden effect the features cannot see (the best
        // any model of these features can rank), and reported next to the AUC of the true p (which knows h).
        var random = new Random(99);
        var model = new List<double>();
        var best = new List<double>();
        var truth = new List<double>();
        var labels = new List<bool>();
        for (var i = world.History.FirstHeldOut; i < world.History.Population.Count; i++)
        {
            var t = world.History.Population[i];
            for (var item = 0; item < SyntheticWorld.ItemsPerVisit; item++)
            {
                labels.Add(random.NextDouble() < t.TrueProbability);
                model.Add(world.WeightedScores[i]);
                best.Add(t.FeatureProbability);
                truth.Add(t.TrueProbability);
            }
        }

        double[] ones = [.. labels.Select(_ => 1.0)];
        var modelAuc = Auc(model, labels, ones);
        var bestAuc = Auc(best, labels, ones);
        output.WriteLine($"held-out AUC: model {modelAuc:F4} ({world.Weighted.Trainer}), best from features {bestAuc:F4}, true p (knows h) {Auc(truth, labels, ones):F4}");
        Assert.InRange(modelAuc, bestAuc - 0.02, bestAuc + 0.02);
    }

    [Fact]
    public void The_weighted_model_is_calibrated_over_the_population_and_the_unweighted_one_is_not()
    {
        var trueMean = world.History.Population.Average(t => t.TrueProbability);
        var weighted = world.WeightedScores.Average();
        var unweighted = world.UnweightedScores.Average();
        var rows = world.History.Rows.Training;
        var horvitzThompson = rows.Sum(e => e.Problem ? e.Weight : 0) / rows.Sum(e => e.Weight);
        output.WriteLine($"population mean p: true {trueMean:P2}, 1/λ weighted model {weighted:P2}, unweighted {unweighted:P2}; HT estimate from the training rows {horvitzThompson:P2}, raw rate {rows.Average(e => e.Problem ? 1.0 : 0):P2}");
        Assert.InRange(weighted, trueMean - 0.01, trueMean + 0.01);
        Assert.True(Math.Abs(unweighted - trueMean) > 0.01, $"the unweighted fit should miss the mean by more than 1 point; it predicts {unweighted:P2} against {trueMean:P2}");
        Assert.True(Math.Abs(unweighted - trueMean) > Math.Abs(weighted - trueMean));
    }

    [Fact]
    public void An_estimated_lambda_costs_calibration_against_the_true_lambda()
    {
        var trueMean = world.History.Population.Average(t => t.TrueProbability);
        var withTrue = Math.Abs(world.WeightedScores.Average() - trueMean);
        var withEstimate = Math.Abs(world.EstimatedLambdaScores.Average() - trueMean);
        var unweighted = Math.Abs(world.UnweightedScores.Average() - trueMean);
        output.WriteLine($"calibration error of the population mean: true λ {withTrue:P2}, estimated λ {withEstimate:P2}, unweighted {unweighted:P2}");
        Assert.True(withTrue < withEstimate, $"true λ {withTrue:P2} should beat the estimate {withEstimate:P2}");
    }

    [Fact]
    public void Precision_at_the_budget_beats_uniform_drawing()
    {
        // The population as the model scores it today: each target one row of weight 1, labelled by one item of its true p.
        var random = new Random(5);
        var labels = world.History.Population.Select(t => random.NextDouble() < t.TrueProbability).ToList();
        double[] ones = [.. labels.Select(_ => 1.0)];
        var metrics = WeightedMetrics.Compute(world.WeightedScores, labels, ones, 0.1);
        var validation = world.Weighted.Validation;
        output.WriteLine($"population, budget 10 %: precision {metrics.PrecisionAtBudget:P2}, rate {metrics.ObservedRate:P2}, lift {metrics.LiftAtBudget:F2}");
        output.WriteLine($"validation rows (weighted): precision {validation.PrecisionAtBudget:P2}, lift {validation.LiftAtBudget:F2}, AUC {validation.Auc:F4}, log loss {validation.LogLoss:F4}");
        foreach (var c in world.Weighted.Candidates)
        {
            output.WriteLine($"candidate {c.Trainer}{(c.Chosen ? " (chosen)" : "")}: log loss {c.Validation.LogLoss:F4}, AUC {c.Validation.Auc:F4}, {c.Seconds:F1} s");
        }

        Assert.True(metrics.LiftAtBudget > 1.3, $"lift {metrics.LiftAtBudget:F2}");
        Assert.True(validation.LiftAtBudget > 1.3, $"lift {validation.LiftAtBudget:F2}");
    }

    private static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, IReadOnlyList<double> weights) =>
        WeightedMetrics.Auc(WeightedMetrics.RocCurve(WeightedMetrics.Groups(scores, labels, weights)));
}
