using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// End to end on the demo world with known truth (docs/demo-data.md): the demo roster and its risk-weighted history in
/// PostgreSQL, the training set through the feature source, the ML.NET engine, and the scoring rows of every operating
/// target. The 1/λ-weighted model's mean predicted probability over the population is the population's true mean p_i
/// within <see cref="Tolerance"/> (docs/risk-model.md §2 has the figures).
/// </summary>
public sealed class RiskEndToEndTests(PostgresApiFixture fixture, ITestOutputHelper output) : PostgresTest(fixture)
{
    /// <summary>Demo targets loaded: about 9,500 visits and 29,000 item rows of history.</summary>
    private const int Targets = 30_000;

    /// <summary>
    /// One and a half percentage points: the Horvitz–Thompson estimate of the mean alone has a standard error of about
    /// 0.3 points on this much history (docs/demo-data.md scales it), and the features are read as of each visit while
    /// the demo's truth fixes age and "new business" at the roster's day (docs/risk-model.md §2).
    /// </summary>
    private const double Tolerance = 0.015;

    [Fact]
    public async Task A_weighted_model_trained_through_the_feature_source_predicts_the_populations_true_mean_risk()
    {
        var truth = await DemoRiskLoader.LoadAsync(Fixture.ConnectionString, Targets, 42);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<IRiskFeatureSource>();
        var engine = scope.ServiceProvider.GetRequiredService<IRiskModelEngine>();

        var set = await source.TrainingSetAsync(
            new RiskDataRange(new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 1, 1)), null, CancellationToken.None);
        var weighted = await engine.TrainAsync(set, RiskTrainingSettings.Default, null, CancellationToken.None);
        var unweighted = await engine.TrainAsync(set, RiskTrainingSettings.Default with { Weighted = false }, null, CancellationToken.None);

        var (count, meanTrue, meanWeighted, meanUnweighted) = await ScoreAsync(source, engine, weighted, unweighted, truth);
        var plainRate = set.Training.Concat(set.Validation).Average(r => r.Problem ? 1.0 : 0.0);
        output.WriteLine(
            $"rows {set.Training.Count} + {set.Validation.Count} (estimated λ {set.EstimatedWeightRows}); chosen {weighted.Trainer} / {unweighted.Trainer}; "
            + $"scored {count}; true mean p {meanTrue:0.0000}; weighted model {meanWeighted:0.0000}; unweighted {meanUnweighted:0.0000}; "
            + $"plain rate of the inspected rows {plainRate:0.0000}; validation AUC {weighted.Validation.Auc:0.000}");

        Assert.Equal(0, set.EstimatedWeightRows); // the demo writes λ with every row
        Assert.True(set.Training.Count > 15_000 && set.Validation.Count > 3_000);
        Assert.Equal(await Fixture.ScalarAsync("SELECT count(*) FROM targets WHERE status IN ('Active', 'AbnormalOperation')"), count);
        Assert.True(Math.Abs(meanWeighted - meanTrue) < Tolerance, $"weighted model {meanWeighted:0.0000} vs true {meanTrue:0.0000}");
        Assert.True(plainRate - meanTrue > 0.03, "the inspected sample over-represents risky targets (the bias the weights correct)");
    }

    private static async Task<(int Count, double True, double Weighted, double Unweighted)> ScoreAsync(
        IRiskFeatureSource source, IRiskModelEngine engine, RiskTrainingOutcome weighted, RiskTrainingOutcome unweighted,
        Dictionary<string, DoubleRandom.Infrastructure.Seeding.DemoTargetTruth> truth)
    {
        using var first = engine.Load(weighted.ModelFile);
        using var second = engine.Load(unweighted.ModelFile);
        var batch = new List<RiskFeatures>();
        var predictions = new List<RiskPrediction>();
        double sumTrue = 0, sumWeighted = 0, sumUnweighted = 0;
        var count = 0;
        async Task FlushAsync()
        {
            predictions.Clear();
            first.Score(batch, 0, predictions);
            sumWeighted += predictions.Sum(p => p.Probability);
            predictions.Clear();
            second.Score(batch, 0, predictions);
            sumUnweighted += predictions.Sum(p => p.Probability);
            sumTrue += batch.Sum(f => truth[f.TargetCode].Probability);
            count += batch.Count;
            batch.Clear();
            await Task.CompletedTask;
        }

        // As of the roster's day, the day the demo's truth is defined at.
        await foreach (var features in source.CurrentAsync(DoubleRandom.Infrastructure.Seeding.DemoRosterGenerator.Anchor, CancellationToken.None))
        {
            batch.Add(features);
            if (batch.Count == 5_000)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        return (count, sumTrue / count, sumWeighted / count, sumUnweighted / count);
    }
}
