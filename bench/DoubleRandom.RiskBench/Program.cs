using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Analytics.Risk;
using DoubleRandom.Analytics.Tests.Synthetic;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;

// The risk engine alone, in memory (docs/benchmarks.md "Risk model"): training on about 500,000 weighted item rows of
// a synthetic risk-weighted history (both trainers compared), then scoring 1,000,000 targets in batches of 10,000,
// without and with the top-3 contributions. Usage: [--targets 350000] [--score 1000000] [--batch 10000]
var targets = Option("--targets", 350_000);
var scoreCount = Option("--score", 1_000_000);
var batchSize = Option("--batch", 10_000);

var clock = Stopwatch.StartNew();
var history = SyntheticWorld.Generate(targets, 0.12, seed: 1);
Console.WriteLine($"generated {history.Rows.Training.Count:N0} training and {history.Rows.Validation.Count:N0} validation rows in {clock.Elapsed.TotalSeconds:F1} s");

var engine = new MlNetRiskModelEngine();
clock.Restart();
var outcome = await engine.TrainAsync(history.Rows, RiskTrainingSettings.Default, null, CancellationToken.None);
var trainSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"training: {trainSeconds:F1} s for {history.Rows.Training.Count:N0} rows (+ {history.Rows.Validation.Count:N0} validation); chosen {outcome.Trainer}");
foreach (var c in outcome.Candidates)
{
    Console.WriteLine($"  {c.Trainer,-14} {c.Seconds,6:F1} s  log loss {c.Validation.LogLoss:F4}  AUC {c.Validation.Auc:F4}{(c.Chosen ? "  (chosen)" : "")}");
}

history = null;
GC.Collect();
var population = SyntheticWorld.Generate(scoreCount, 0.1, seed: 2, heldOut: scoreCount).Population.Select(t => t.Features).ToList();
using var scorer = engine.Load(outcome.ModelFile);
foreach (var top in new[] { 0, 3 })
{
    var into = new List<RiskPrediction>(batchSize);
    double sum = 0;
    clock.Restart();
    for (var start = 0; start < population.Count; start += batchSize)
    {
        into.Clear();
        scorer.Score(population.GetRange(start, Math.Min(batchSize, population.Count - start)), top, into);
        sum += into.Sum(p => p.Probability);
    }

    Console.WriteLine($"scoring {population.Count:N0} targets, top {top} contributions: {clock.Elapsed.TotalSeconds:F1} s (mean p {sum / population.Count:F4})");
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
