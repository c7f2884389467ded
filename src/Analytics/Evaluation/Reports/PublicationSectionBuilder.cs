using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Application.Publication;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// Publication (一公开) of the tasks completed in the period: published, published on or before the deadline the facts
/// give (20 working days after completion), and the share on time among the tasks that are due — published, or
/// unpublished with the deadline before the as-of day (a task still inside its 20 days counts in neither part). Late
/// rows: published after the deadline, or unpublished past it; working days late counted Monday–Friday (the holiday
/// calendar is not among the facts, so 调休 days are not counted).
/// </summary>
public static class PublicationSectionBuilder
{
    public const string NoDataReason = "本期没有完成检查的任务，无需公示。";

    public static PublicationSection Build(IReadOnlyList<PublicationFact> publications, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentNullException.ThrowIfNull(period);
        if (publications.Count == 0)
        {
            return new PublicationSection(ReportText.NoData(NoDataReason), 0, 0, 0, null, []);
        }

        var late = publications
            .Where(p => p.PublishedOn is { } d ? d > p.DeadlineOn : p.DeadlineOn < period.AsOf)
            .OrderBy(p => p.DeadlineOn).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.TaskId)
            .Select(p => new LatePublicationRow(
                p.TaskId, p.Name, p.DeadlineOn, p.PublishedOn, WorkingDays.Between(p.DeadlineOn, p.PublishedOn ?? period.AsOf, HolidayCalendar.Empty)))
            .ToList();
        return new PublicationSection(
            ReportText.Data(), publications.Count, publications.LongCount(p => p.PublishedOn is not null), OnTime(publications),
            OnTimeShare(publications, period.AsOf), late);
    }

    /// <summary>Tasks published on or before their deadline.</summary>
    public static long OnTime(IEnumerable<PublicationFact> publications) => publications.LongCount(p => p.PublishedOn <= p.DeadlineOn);

    /// <summary>On time over due (published, or unpublished with the deadline before <paramref name="asOf"/>); null when none is due.</summary>
    public static double? OnTimeShare(IReadOnlyList<PublicationFact> publications, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var due = publications.LongCount(p => p.PublishedOn is not null || p.DeadlineOn < asOf);
        return ReportText.Share(OnTime(publications), due);
    }
}
