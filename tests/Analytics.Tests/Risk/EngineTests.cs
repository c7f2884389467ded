using System.IO.Compression;
using DoubleRandom.Analytics.Risk;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>The engine's contract: candidates, determinism, progress, cancellation, the model file and the scorer.</summary>
public sealed class EngineTests(SmallWorldFixture small) : IClassFixture<SmallWorldFixture>
{
    [Fact]
    public void Both_trainers_are_compared_and_the_lowest_weighted_validation_log_loss_is_chosen()
    {
        var outcome = small.Outcome;
        Assert.Equal(RiskTrainerNames.All, outcome.Candidates.Select(c => c.Trainer));
        var chosen = Assert.Single(outcome.Candidates, c => c.Chosen);
        Assert.Equal(outcome.Trainer, chosen.Trainer);
        Assert.Equal(outcome.Candidates.Min(c => c.Validation.LogLoss), chosen.Validation.LogLoss);
        Assert.Equal(chosen.Validation, outcome.Validation);
        Assert.All(outcome.Candidates, c => Assert.NotEmpty(c.HyperParameters));
        Assert.All(outcome.Candidates, c => Assert.True(c.Seconds > 0));
        Assert.Equal(RiskFeatureSchema.Names, outcome.FeatureNames);
        Assert.Equal(RiskFeatureSchema.Fingerprint, outcome.FeatureFingerprint);
        Assert.Equal(small.History.Rows.Training.Count, outcome.Training.Rows);
        Assert.Equal(small.History.Rows.Training.Sum(e => e.Weight), outcome.Training.WeightSum, 6);
    }

    [Fact]
    public async Task A_training_with_the_same_seed_scores_the_same()
    {
        var again = await new MlNetRiskModelEngine().TrainAsync(small.History.Rows, RiskTrainingSettings.Default, null, CancellationToken.None);
        Assert.Equal(small.Outcome.Validation.LogLoss, again.Validation.LogLoss);
        Assert.Equal(Probabilities(small.Outcome.ModelFile), Probabilities(again.ModelFile));
    }

    [Fact]
    public async Task Progress_goes_through_the_stages_in_order()
    {
        var stages = new List<RiskJobStage>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));
        await new MlNetRiskModelEngine().TrainAsync(small.History.Rows, RiskTrainingSettings.Default with { Trainers = [RiskTrainerNames.SdcaLogistic] }, progress, CancellationToken.None);
        Assert.Equal([RiskJobStage.TrainingLinear, RiskJobStage.Evaluating, RiskJobStage.Evaluating, RiskJobStage.Saving], stages);
    }

    [Fact]
    public async Task A_cancelled_training_stops_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == RiskJobStage.TrainingLinear)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new MlNetRiskModelEngine().TrainAsync(small.History.Rows, RiskTrainingSettings.Default, progress, cancel.Token));
        Assert.True(MlNetCancellation.Supported);
    }

    [Fact]
    public async Task Rows_without_both_outcomes_or_without_validation_are_refused()
    {
        var engine = new MlNetRiskModelEngine();
        var rows = small.History.Rows;
        await Assert.ThrowsAsync<ArgumentException>(() => engine.TrainAsync(rows with { Training = [] }, RiskTrainingSettings.Default, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => engine.TrainAsync(
            rows with { Training = [.. rows.Training.Where(e => !e.Problem)] }, RiskTrainingSettings.Default, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => engine.TrainAsync(rows with { Validation = [] }, RiskTrainingSettings.Default, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => engine.TrainAsync(rows, RiskTrainingSettings.Default with { Trainers = ["magic"] }, null, CancellationToken.None));
    }

    [Fact]
    public void A_file_of_another_feature_schema_is_refused()
    {
        var (manifest, model) = RiskModelArchive.Read(small.Outcome.ModelFile);
        var other = RiskModelArchive.Write(manifest with { SchemaVersion = "rf-0", FeatureFingerprint = new string('0', 64) }, model);
        var e = Assert.Throws<RiskModelFormatException>(() => new MlNetRiskModelEngine().Load(other));
        Assert.Contains("rf-0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_file_is_refused()
    {
        var engine = new MlNetRiskModelEngine();
        var bytes = small.Outcome.ModelFile.ToArray();
        Assert.Throws<RiskModelFormatException>(() => engine.Load(bytes.AsMemory(0, bytes.Length / 2)));
        Assert.Throws<RiskModelFormatException>(() => engine.Load(new byte[] { 1, 2, 3 }));
        Assert.Throws<RiskModelFormatException>(() => engine.Load(ReadOnlyMemory<byte>.Empty));

        // A readable manifest around a damaged ML.NET model.
        var (manifest, model) = RiskModelArchive.Read(bytes);
        Assert.Throws<RiskModelFormatException>(() => engine.Load(RiskModelArchive.Write(manifest, model[..(model.Length / 2)])));

        // A zip without the manifest.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry(RiskModelArchive.ModelEntry);
        }

        Assert.Throws<RiskModelFormatException>(() => engine.Load(buffer.ToArray()));
    }

    [Fact]
    public void Single_and_batch_scoring_agree_and_explain_with_schema_features_and_display_values()
    {
        using var scorer = new MlNetRiskModelEngine().Load(small.Outcome.ModelFile);
        Assert.Equal(RiskFeatureSchema.Names, scorer.FeatureNames);
        var targets = small.History.Population.Take(50).Select(t => t.Features).ToList();
        var batch = new List<RiskPrediction>();
        scorer.Score(targets, 3, batch);
        var plain = new List<RiskPrediction>();
        scorer.Score(targets, 0, plain);
        Assert.Equal(targets.Count, batch.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var single = scorer.Score(targets[i], 3);
            Assert.Equal(single.Probability, batch[i].Probability, 6);
            Assert.Equal(single.Probability, plain[i].Probability, 6);
            Assert.Empty(plain[i].Top);
            Assert.InRange(batch[i].Top.Count, 1, 3);
            Assert.Equal(batch[i].Top.Select(c => c.Feature), single.Top.Select(c => c.Feature));
            foreach (var c in batch[i].Top)
            {
                Assert.NotNull(RiskFeatureSchema.Find(c.Feature));
                Assert.Equal(RiskFeatureSchema.Display(targets[i], c.Feature), c.Value);
            }

            var sizes = batch[i].Top.Select(c => Math.Abs(c.Contribution)).ToList();
            Assert.Equal(sizes.OrderDescending(), sizes);
        }
    }

    [Fact]
    public void A_large_batch_is_scored_in_parallel_parts_in_order()
    {
        using var scorer = new MlNetRiskModelEngine().Load(small.Outcome.ModelFile);
        var targets = small.History.Population.Select(t => t.Features).ToList();
        var whole = new List<RiskPrediction>();
        scorer.Score(targets, 2, whole);
        var pieces = new List<RiskPrediction>();
        for (var start = 0; start < targets.Count; start += 1000)
        {
            scorer.Score(targets.GetRange(start, Math.Min(1000, targets.Count - start)), 2, pieces);
        }

        Assert.Equal(targets.Count, whole.Count);
        Assert.Equal(pieces.Select(p => p.Probability), whole.Select(p => p.Probability));
        Assert.Equal(pieces.Select(p => string.Join(',', p.Top)), whole.Select(p => string.Join(',', p.Top)));
    }

    [Fact]
    public async Task The_linear_models_contributions_add_up_to_its_logit_differences()
    {
        // Exact decomposition: logit(p) = b + Σ_features contribution, so two targets' logits differ by the difference
        // of their contribution sums (all features asked for).
        var outcome = await new MlNetRiskModelEngine().TrainAsync(
            small.History.Rows, RiskTrainingSettings.Default with { Trainers = [RiskTrainerNames.SdcaLogistic] }, null, CancellationToken.None);
        using var scorer = new MlNetRiskModelEngine().Load(outcome.ModelFile);
        var all = RiskFeatureSchema.All.Count;
        var first = scorer.Score(small.History.Population[0].Features, all);
        var second = scorer.Score(small.History.Population[1].Features, all);
        var logits = Logit(first.Probability) - Logit(second.Probability);
        Assert.Equal(logits, first.Top.Sum(c => c.Contribution) - second.Top.Sum(c => c.Contribution), 3);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private double[] Probabilities(byte[] file)
    {
        using var scorer = new MlNetRiskModelEngine().Load(file);
        var into = new List<RiskPrediction>();
        scorer.Score([.. small.History.Population.Take(200).Select(t => t.Features)], 0, into);
        return [.. into.Select(p => p.Probability)];
    }
}
