using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// Working days (工作日): Monday–Friday, minus the calendar's holidays, plus its adjusted working days (调休上班). Pure:
/// every answer follows from the dates and the <see cref="HolidayCalendar"/> given.
/// </summary>
public static class WorkingDays
{
    /// <summary>The publication deadline (一公开): the 20th working day after the completion date.</summary>
    public const int PublicationDeadline = 20;

    /// <summary>The most working days one question may count (about four years).</summary>
    public const int MaxCount = 1000;

    public static bool IsWorkingDay(DateOnly date, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Days.TryGetValue(date, out var kind)
            ? kind == CalendarDayKind.Workday
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (not counting it); <paramref name="start"/> itself for 0.</summary>
    public static DateOnly After(DateOnly start, int count, HolidayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, calendar))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>; when <paramref name="to"/>
    /// is earlier, minus the working days after <paramref name="to"/> up to and including <paramref name="from"/>.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to, HolidayCalendar calendar)
    {
        if (to < from)
        {
            return -Between(to, from, calendar);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day, calendar))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> (either order) that have no calendar.</summary>
    public static IReadOnlyList<int> MissingYears(DateOnly from, DateOnly to, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        return [.. Enumerable.Range(first, last - first + 1).Where(y => !calendar.Years.Contains(y))];
    }
}
