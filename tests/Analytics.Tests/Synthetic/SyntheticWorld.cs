using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Analytics.Tests.Synthetic;

/// <summary>
/// A population with a known truth and a biased inspection history, generated in memory (docs/risk-model.md §1):
/// <list type="bullet">
/// <item>each target has features (kind, section, prefecture, credit class, age, capital) and a hidden effect
/// h = ±<see cref="HiddenEffect"/> (even odds) the features do not show; its true probability per item is
/// p = logistic(η(x) + h), and the best any model of the features can do is q(x) = ½·logistic(η − H) + ½·logistic(η + H);</item>
/// <item>past draws were Poisson samples whose inclusion probability λ grows with the hidden effect (the tiers of the
/// time knew it: λ ∝ e^{γh}) and with the feature risk, with a uniform share; λ is recorded for each row;</item>
/// <item>a visit checks <see cref="ItemsPerVisit"/> items, each a problem with probability p.</item>
/// </list>
/// Inspected targets are then mostly high-h ones: an unweighted fit overestimates the population's risk, a 1/λ
/// weighted fit does not. The documented estimate of an unknown λ (the stratum's share inspected in the round, as
/// an importer would compute it) ignores the hidden part of the selection and costs calibration.
/// </summary>
public static class SyntheticWorld
{
    public const double HiddenEffect = 1.0;

    /// <summary>How strongly the past tiers' selection followed the hidden effect: λ ∝ e^{γh}·e^{½η}.</summary>
    public const double SelectionStrength = 1.0;

    public const int ItemsPerVisit = 4;

    public const int Rounds = 4;

    private static readonly string[] Sections = ["C", "F", "H", "I", "Q"];
    private static readonly double[] SectionEffect = [0.3, 0.2, 0.6, -0.2, 0.3];
    private static readonly string[] Prefectures = ["640100", "640200", "640300", "640400", "640500"];
    private static readonly double[] PrefectureEffect = [-0.3, 0, 0.2, 0.1, 0.3];
    private static readonly double[] CreditEffect = [0, 0.3, 0.7, 1.1];

    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>
    /// <paramref name="targets"/> targets; each round draws about <paramref name="sampleShare"/> of them, except the
    /// last <paramref name="heldOut"/>, which are never drawn (held out to judge the model); the last round validates.
    /// With <paramref name="hiddenEffect"/> 0 the truth is a function of the features only (p = q(x)) and the selection
    /// still follows the feature risk with a uniform share.
    /// </summary>
    public static SyntheticHistory Generate(int targets, double sampleShare, int seed, int heldOut = 0, double hiddenEffect = HiddenEffect)
    {
        var random = new Random(seed);
        var population = new List<SyntheticTarget>(targets);
        var asOf = new DateOnly(2025, 1, 1);
        for (var i = 0; i < targets; i++)
        {
            var kind = random.NextDouble() < 0.7 ? TargetKind.Enterprise : TargetKind.IndividualBusiness;
            var section = random.Next(Sections.Length);
            var prefecture = random.Next(Prefectures.Length);
            var credit = random.Next(4);
            var age = random.NextDouble() * 20;
            var capital = (decimal)Math.Round(Math.Exp(random.NextDouble() * 9), 1);
            var eta = -2.4 + (kind == TargetKind.IndividualBusiness ? 0.3 : 0) + SectionEffect[section] + PrefectureEffect[prefecture]
                + CreditEffect[credit] + (age < 2 ? 0.5 : 0) - (0.03 * age) + (capital < 10m ? 0.3 : 0);
            var hidden = random.NextDouble() < 0.5 ? -hiddenEffect : hiddenEffect;
            var features = new RiskFeatures(
                $"T{i:D6}", asOf, kind, Sections[section], null, Prefectures[prefecture], TargetStatus.Active, null, (CreditClass)credit,
                age, capital, 0, 0, 0, 0, 0, null, 0, 0, 0);
            population.Add(new SyntheticTarget(
                features, hidden, Logistic(eta + hidden), (Logistic(eta - hiddenEffect) + Logistic(eta + hiddenEffect)) / 2, prefecture));
        }

        // Selection sizes: s_i = e^{γh_i + ½η_i}, λ_i = min(0.95, uniform share + rest), scaled to the sample share.
        var size = population.Select(t => Math.Exp((SelectionStrength * t.Hidden) + (0.5 * Math.Log(t.FeatureProbability / (1 - t.FeatureProbability))))).ToArray();
        var mean = size.Average();
        var lambda = size.Select(s => Math.Clamp(sampleShare * ((0.1 * 1) + (0.9 * s / mean)), 1e-4, 0.95)).ToArray();

        var training = new List<RiskExample>();
        var validation = new List<RiskExample>();
        var estimatedTraining = new List<RiskExample>();
        var estimatedValidation = new List<RiskExample>();
        var validationFrom = asOf.AddMonths(3 * (Rounds - 1));
        for (var round = 0; round < Rounds; round++)
        {
            var day = asOf.AddMonths(3 * round);
            var drawn = new List<int>();
            for (var i = 0; i < targets - heldOut; i++)
            {
                if (random.NextDouble() < lambda[i])
                {
                    drawn.Add(i);
                }
            }

            // The documented estimate of an unknown λ: the share of the target's stratum (prefecture) inspected in the round.
            var perStratum = new int[Prefectures.Length];
            var drawnPerStratum = new int[Prefectures.Length];
            foreach (var t in population.Take(targets - heldOut))
            {
                perStratum[t.Stratum]++;
            }

            foreach (var i in drawn)
            {
                drawnPerStratum[population[i].Stratum]++;
            }

            var rows = round == Rounds - 1 ? validation : training;
            var estimatedRows = round == Rounds - 1 ? estimatedValidation : estimatedTraining;
            foreach (var i in drawn)
            {
                var t = population[i];
                var features = t.Features with { AsOf = day };
                var estimate = (double)drawnPerStratum[t.Stratum] / perStratum[t.Stratum];
                for (var item = 0; item < ItemsPerVisit; item++)
                {
                    var problem = random.NextDouble() < t.TrueProbability;
                    rows.Add(new RiskExample(features, day, problem, 1 / lambda[i], false));
                    estimatedRows.Add(new RiskExample(features, day, problem, 1 / estimate, true));
                }
            }
        }

        var set = new RiskTrainingSet(new RiskDataRange(asOf, asOf.AddMonths(3 * Rounds), validationFrom), training, validation, 0);
        return new SyntheticHistory(population, population.Count - heldOut, set, estimatedTraining, estimatedValidation);
    }
}
