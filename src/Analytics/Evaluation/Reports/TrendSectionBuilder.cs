using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// Trends: first each earlier whole year from the trend's start (its first year clipped to TrendFrom) up to the year
/// before the period's, then the period's quarters (a period of exactly one calendar year) or months (any other period;
/// the first and last clipped to [From, To]). Per point: inspections, naive rate and Hájek rate with its interval; the
/// follow-up closure rate and the publication on-time share only inside the period (their facts cover it only).
/// </summary>
public static class TrendSectionBuilder
{
    public const string NoDataReason = "趋势所覆盖的各期均没有检查记录。";

    public static TrendSection Build(EvaluationFacts facts, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(period);
        var points = new List<TrendPoint>();
        foreach (var (label, from, to) in Earlier(facts.Request.TrendFrom, period.From))
        {
            var samples = facts.Samples.Where(s => s.Day >= from && s.Day <= to).ToList();
            points.Add(new TrendPoint(label, from, to, samples.Count, Naive(samples), SampleUnits.Hajek(samples), null, null));
        }

        foreach (var (label, from, to) in Inside(period.From, period.To))
        {
            var samples = facts.Samples.Where(s => s.Day >= from && s.Day <= to).ToList();
            var followUps = facts.FollowUps.Where(f => f.HandedOver >= from && f.HandedOver <= to).ToList();
            var publications = facts.Publications.Where(p => p.CompletedOn >= from && p.CompletedOn <= to).ToList();
            points.Add(new TrendPoint(
                label, from, to, samples.Count, Naive(samples), SampleUnits.Hajek(samples),
                ReportText.Share(followUps.Count(f => f.Closed is not null), followUps.Count),
                PublicationSectionBuilder.OnTimeShare(publications, period.AsOf)));
        }

        return points.Any(p => p.Inspections > 0) ? new TrendSection(ReportText.Data(), points) : new TrendSection(ReportText.NoData(NoDataReason), points);
    }

    /// <summary>The whole years before <paramref name="periodFrom"/>'s year back to <paramref name="trendFrom"/> (oldest first).</summary>
    public static IEnumerable<(string Label, DateOnly From, DateOnly To)> Earlier(DateOnly trendFrom, DateOnly periodFrom)
    {
        for (var year = trendFrom.Year; year < periodFrom.Year; year++)
        {
            var first = new DateOnly(year, 1, 1);
            yield return ($"{year}年", first < trendFrom ? trendFrom : first, new DateOnly(year, 12, 31));
        }
    }

    /// <summary>The quarters of a calendar year, else the months of [from, to] (clipped).</summary>
    public static IEnumerable<(string Label, DateOnly From, DateOnly To)> Inside(DateOnly from, DateOnly to)
    {
        if (from.Month == 1 && from.Day == 1 && to == new DateOnly(from.Year, 12, 31))
        {
            for (var q = 0; q < 4; q++)
            {
                var start = new DateOnly(from.Year, (3 * q) + 1, 1);
                yield return ($"{from.Year}年第{q + 1}季度", start, start.AddMonths(3).AddDays(-1));
            }

            yield break;
        }

        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            yield return ($"{month.Year}年{month.Month}月", month < from ? from : month, end > to ? to : end);
        }
    }

    private static double? Naive(List<SampleFact> samples) => ReportText.Share(samples.Count(s => s.Problem), samples.Count);
}
