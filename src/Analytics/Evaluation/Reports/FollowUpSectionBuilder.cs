using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Domain.Inspections.FollowUps;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// Follow-ups handed over in the period: closed (a close day recorded), the closure rate, calendar days from hand-over
/// to close (median and 90th percentile, linear interpolation between order statistics), those still open past their
/// deadline on the report's as-of day, and counts by status in the order of the status list.
/// </summary>
public static class FollowUpSectionBuilder
{
    public const string NoDataReason = "本期没有移交的后续处置。";

    public static FollowUpSection Build(IReadOnlyList<FollowUpFact> followUps, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        ArgumentNullException.ThrowIfNull(period);
        if (followUps.Count == 0)
        {
            return new FollowUpSection(ReportText.NoData(NoDataReason), 0, 0, null, null, null, 0, []);
        }

        var days = followUps.Where(f => f.Closed is not null).Select(f => (double)(f.Closed!.Value.DayNumber - f.HandedOver.DayNumber)).Order().ToList();
        var open = followUps.LongCount(f => f.Closed is null && f.Deadline < period.AsOf);
        var byStatus = followUps.GroupBy(f => f.Status, StringComparer.Ordinal)
            .Select(g => (Order: Order(g.Key), Row: new CountRow(g.Key, StatusLabel(g.Key), g.LongCount())))
            .OrderBy(r => r.Order).ThenBy(r => r.Row.Key, StringComparer.Ordinal)
            .Select(r => r.Row)
            .ToList();
        return new FollowUpSection(
            ReportText.Data(), followUps.Count, days.Count, ReportText.Share(days.Count, followUps.Count),
            Percentile(days, 0.5), Percentile(days, 0.9), open, byStatus);
    }

    /// <summary>The <paramref name="p"/>-quantile of sorted values: position (n − 1)·p, interpolated linearly; null for none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return null;
        }

        var position = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    public static string StatusLabel(string status) => Enum.TryParse<FollowUpStatus>(status, out var s) && Enum.IsDefined(s)
        ? s switch
        {
            FollowUpStatus.HandedOver => "已移交",
            FollowUpStatus.InProgress => "处置中",
            FollowUpStatus.Rectified => "已整改",
            FollowUpStatus.CaseFiled => "已立案",
            FollowUpStatus.Closed => "已办结",
            _ => status,
        }
        : status;

    private static int Order(string status) => Enum.TryParse<FollowUpStatus>(status, out var s) && Enum.IsDefined(s) ? (int)s : int.MaxValue;
}
