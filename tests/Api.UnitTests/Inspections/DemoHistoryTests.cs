using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Seeding;

namespace DoubleRandom.Api.UnitTests.Inspections;

/// <summary>
/// The demo history is the ground truth of the risk model (docs/demo-data.md): these tests check that what it writes
/// follows the documented model — λ by the documented rule, and problem rates that a Horvitz–Thompson estimate over
/// the inspected sample brings back to the population's true mean of p_i, within a tolerance computed from the sample.
/// </summary>
public sealed class DemoHistoryTests
{
    private const int Targets = 40_000;
    private const ulong Seed = 7;

    private static readonly HashSet<string> ProblemCodes =
        ResultCategory.National.Where(c => c.IndicatesProblem).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_same_seed_writes_the_same_history_and_truth_bytes_and_another_seed_other_bytes()
    {
        static byte[] Generate(ulong seed)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"demo-history-{Guid.NewGuid():N}");
            try
            {
                var counts = DemoCsvWriter.Write(folder, 3000, seed, 10);
                byte[] bytes = [.. File.ReadAllBytes(Path.Combine(folder, "inspections.csv")), .. File.ReadAllBytes(Path.Combine(folder, "inspection-truth.csv"))];
                Assert.Equal(3001, File.ReadAllLines(Path.Combine(folder, "inspection-truth.csv")).Length);
                Assert.Equal(counts.Outcomes + 1, File.ReadAllLines(Path.Combine(folder, "inspections.csv")).Length);
                return bytes;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var first = Generate(42);
        Assert.True(first.Length > 10_000);
        Assert.Equal(first, Generate(42));
        Assert.NotEqual(first, Generate(43));
    }

    [Fact]
    public void Every_category_written_is_a_national_one_and_lambda_follows_the_documented_rule()
    {
        var (rows, generator) = Roster();
        var codes = ResultCategory.National.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        for (var d = 0; d < DemoHistoryGenerator.Draws.Count; d++)
        {
            // Recomputed here from the roster: n = 3 % of the frame, λ = min(1, n·w/Σw).
            var draw = DemoHistoryGenerator.Draws[d];
            var frame = rows.Where(r => DemoHistoryGenerator.InFrame(draw, r)).ToList();
            var total = frame.Sum(r => (double)DemoHistoryGenerator.Weight(r));
            var n = DemoHistoryGenerator.SampleRate * frame.Count;
            Assert.Equal(frame.Count, generator.Population(d));
            foreach (var r in frame.Take(500))
            {
                Assert.Equal(Math.Min(1, n * DemoHistoryGenerator.Weight(r) / total), generator.Lambda(d, r), 12);
            }
        }

        var outcomes = rows.SelectMany((r, i) => generator.Outcomes(r, i)).ToList();
        Assert.All(outcomes, o => Assert.Contains(o.Category, codes));
        Assert.All(outcomes, o => Assert.InRange(o.Lambda, double.Epsilon, 1));
        Assert.All(outcomes, o => Assert.InRange(o.InspectedOn.Year, DemoHistoryGenerator.FirstYear, DemoHistoryGenerator.LastYear));
        // Risk-weighted: the inspected share of tier D is far above that of tier A, as λ says.
        double Inspected(RiskTier tier) => outcomes.Where(o => o.Stratum == tier.ToString()).Select(o => (o.TargetCode, o.InspectedOn)).Distinct().Count()
            / (double)rows.Count(r => r.RiskTier == tier);
        Assert.True(Inspected(RiskTier.D) > 10 * Inspected(RiskTier.A));
    }

    [Fact]
    public void A_Horvitz_Thompson_estimate_over_the_inspected_sample_recovers_the_true_problem_rate_per_tier_and_overall()
    {
        var (rows, generator) = Roster();
        var truth = rows.Select((r, i) => generator.Truth(r, i).Probability).ToList();

        // Per stratum s (tier, or all): the population total Σ_d Σ_{i∈F_d∩s} p_i and size Σ_d |F_d∩s|; the HT total
        // Σ_d Σ_{i∈S_d∩s} ȳ_i/λ_i with ȳ_i the share of the visit's items that found a problem (E[ȳ_i] = p_i), and its
        // variance under Poisson sampling, estimated conservatively by Σ ȳ_i²/λ_i².
        var strata = Enum.GetValues<RiskTier>().Select(t => (string?)t.ToString()).Append(null).ToList();
        var population = strata.ToDictionary(s => s ?? "*", _ => (Total: 0.0, Size: 0L));
        var estimate = strata.ToDictionary(s => s ?? "*", _ => (Total: 0.0, Variance: 0.0, Visits: 0L, Naive: 0.0));
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var draw in DemoHistoryGenerator.Draws.Where(d => DemoHistoryGenerator.InFrame(d, rows[i])))
            {
                foreach (var key in new[] { DemoHistoryGenerator.Stratum(rows[i]), "*" })
                {
                    population[key] = (population[key].Total + truth[i], population[key].Size + 1);
                }
            }

            foreach (var visit in generator.Outcomes(rows[i], i).GroupBy(o => (o.InspectedOn, o.TaskName)))
            {
                var y = visit.Count(o => ProblemCodes.Contains(o.Category)) / (double)visit.Count();
                var lambda = visit.First().Lambda;
                foreach (var key in new[] { visit.First().Stratum, "*" })
                {
                    var e = estimate[key];
                    estimate[key] = (e.Total + (y / lambda), e.Variance + (y * y / (lambda * lambda)), e.Visits + 1, e.Naive + y);
                }
            }
        }

        foreach (var key in population.Keys)
        {
            var (total, size) = population[key];
            var e = estimate[key];
            Assert.True(e.Visits >= 100, $"{key}: only {e.Visits} visits");
            var trueRate = total / size;
            var htRate = e.Total / size;
            var tolerance = 4 * Math.Sqrt(e.Variance) / size;
            Assert.True(Math.Abs(htRate - trueRate) <= tolerance,
                $"stratum {key}: HT {htRate:0.0000} vs true {trueRate:0.0000}, tolerance {tolerance:0.0000} ({e.Visits} visits)");
        }

        // Overall, the plain mean of the inspected visits is biased upwards (high tiers are inspected more and fail more):
        // the reason the history carries λ.
        var all = estimate["*"];
        var overallTolerance = 4 * Math.Sqrt(all.Variance) / population["*"].Size;
        Assert.True(all.Naive / all.Visits > (population["*"].Total / population["*"].Size) + overallTolerance);
    }

    [Fact]
    public void The_true_probability_is_the_documented_logistic_of_the_features_and_a_random_effect()
    {
        var (rows, generator) = Roster(2000);
        var truths = rows.Select((r, i) => generator.Truth(r, i)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(DemoRiskModel.LinearPredictor(rows[i]), truths[i].LinearPredictor, 12);
            Assert.Equal(DemoRiskModel.Logistic(truths[i].LinearPredictor + truths[i].RandomEffect), truths[i].Probability, 12);
        }

        // u_i ~ N(0, σ²): its sample mean and deviation within four standard errors of 0 and σ.
        var effects = truths.Select(t => t.RandomEffect).ToList();
        var mean = effects.Average();
        var sd = Math.Sqrt(effects.Sum(u => (u - mean) * (u - mean)) / (effects.Count - 1));
        Assert.InRange(mean, -4 * DemoRiskModel.RandomEffectSd / Math.Sqrt(effects.Count), 4 * DemoRiskModel.RandomEffectSd / Math.Sqrt(effects.Count));
        Assert.InRange(sd, DemoRiskModel.RandomEffectSd * (1 - (4 / Math.Sqrt(2.0 * effects.Count))), DemoRiskModel.RandomEffectSd * (1 + (4 / Math.Sqrt(2.0 * effects.Count))));
    }

    private static (List<TargetRow> Rows, DemoHistoryGenerator Generator) Roster(int count = Targets)
    {
        var rows = new DemoRosterGenerator(Seed).Targets(count).ToList();
        var generator = new DemoHistoryGenerator(Seed);
        rows.ForEach(generator.Count);
        return (rows, generator);
    }
}
