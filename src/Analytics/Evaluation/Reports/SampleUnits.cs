using DoubleRandom.Analytics.Evaluation.Estimation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>Samples as units of a design-based estimate: those with a known λ in (0, 1], their design stratum and y = 1 for a problem.</summary>
public static class SampleUnits
{
    public static List<SurveyUnit> Of(IEnumerable<SampleFact> samples, Func<SampleFact, bool>? inDomain = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return [.. samples
            .Where(s => s.Lambda is > 0 and <= 1)
            .Select(s => new SurveyUnit(s.Design, s.Lambda!.Value, s.Problem ? 1 : 0, inDomain?.Invoke(s) ?? true))];
    }

    /// <summary>The Hájek estimate of the rate of <paramref name="samples"/> (null without a sample of known λ).</summary>
    public static ConfidenceInterval? Hajek(IEnumerable<SampleFact> samples)
    {
        var units = Of(samples);
        return units.Count == 0 ? null : DesignEstimator.EstimateRate(units, null).Hajek;
    }
}
