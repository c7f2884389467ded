using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Risk;

/// <summary>
/// Feature importance of a trained model: each schema feature's mean absolute contribution (on the logit scale, a
/// categorical feature's one-hot slots summed, as the scorer explains a score) over the validation rows, as a share of
/// the total (shares sum to 1; every schema feature listed, in schema order; all zero when no row has a contribution).
/// </summary>
public static class FeatureImportance
{
    public static IReadOnlyList<RiskFeatureShare> Of(MlNetRiskScorer scorer, IReadOnlyList<RiskExample> rows)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(rows);
        var predictions = new List<RiskPrediction>(rows.Count);
        scorer.Score([.. rows.Select(r => r.Features)], RiskFeatureSchema.All.Count, predictions);
        var sums = RiskFeatureSchema.Names.ToDictionary(n => n, _ => 0.0, StringComparer.Ordinal);
        foreach (var p in predictions)
        {
            foreach (var c in p.Top)
            {
                sums[c.Feature] += Math.Abs(c.Contribution);
            }
        }

        var total = sums.Values.Sum();
        return [.. RiskFeatureSchema.Names.Select(n => new RiskFeatureShare(n, total > 0 ? sums[n] / total : 0))];
    }
}
