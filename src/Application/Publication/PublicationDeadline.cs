using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// The one computation of a task's publication deadline (一公开), used by the status reader, the list and publishing: the
/// completion date is the Asia/Shanghai date of the close, the deadline the 20th working day after it, and the calendar
/// is loaded for every year that may take part (the earliest completion to a year after today, so a December completion
/// reaches into the next year).
/// </summary>
public static class PublicationDeadline
{
    /// <summary>The completion date of a task closed at <paramref name="closedAtUtc"/>.</summary>
    public static DateOnly CompletedOn(DateTime closedAtUtc) => PublicationDates.ShanghaiDate(closedAtUtc);

    /// <summary>The last day to publish the results of a task completed on <paramref name="completedOn"/>.</summary>
    public static DateOnly Of(DateOnly completedOn, HolidayCalendar calendar) =>
        WorkingDays.After(completedOn, WorkingDays.PublicationDeadline, calendar);

    /// <summary>The calendar years a deadline or a count of days left may need: from the earliest completion to a year after today.</summary>
    public static (int First, int Last) Years(DateOnly earliest, DateOnly today) =>
        (Math.Min(earliest.Year, today.Year), Math.Max(earliest.Year, today.Year) + 1);

    /// <summary>The calendar for completions from <paramref name="earliest"/> on, as of <paramref name="today"/>.</summary>
    public static Task<HolidayCalendar> CalendarAsync(IApplicationDbContext db, DateOnly earliest, DateOnly today, CancellationToken ct)
    {
        var (first, last) = Years(earliest, today);
        return HolidayCalendar.LoadAsync(db, first, last, ct);
    }
}
