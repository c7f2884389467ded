using DoubleRandom.Application.Publication;
using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Api.UnitTests.Publication;

/// <summary>The working-day calculator on the official 2026 calendar (<see cref="OfficialCalendar2026"/>) and without one.</summary>
public sealed class WorkingDaysTests
{
    private static readonly HolidayCalendar Official = HolidayCalendar.Of(OfficialCalendar2026.Days.Select(d => (d.Date, d.Kind)));

    [Theory]
    [InlineData("2026-05-09", true)] // Saturday, worked for Labour Day (调休上班)
    [InlineData("2026-05-04", false)] // Monday, Labour Day holiday
    [InlineData("2026-02-14", true)] // Saturday before the Spring Festival, worked
    [InlineData("2026-02-16", false)] // Monday of the Spring Festival
    [InlineData("2026-10-08", true)] // Thursday after National Day
    [InlineData("2026-10-10", true)] // Saturday, worked for National Day
    [InlineData("2026-09-25", false)] // Friday, Mid-Autumn
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    [InlineData("2026-03-09", true)] // an ordinary Monday
    public void A_day_is_a_working_day_by_weekday_and_calendar(string date, bool working) =>
        Assert.Equal(working, WorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Official));

    [Fact]
    public void The_2026_seed_has_the_official_holidays_and_workdays()
    {
        Assert.Equal(33, OfficialCalendar2026.Days.Count(d => d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(
            [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)],
            OfficialCalendar2026.Days.Where(d => d.Kind == CalendarDayKind.Workday).Select(d => d.Date).ToList());
        Assert.All(OfficialCalendar2026.Days.Where(d => d.Kind == CalendarDayKind.Workday),
            d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(OfficialCalendar2026.Days.Count, OfficialCalendar2026.Days.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Spring_festival_twenty_working_days_after_2026_02_06()
    {
        // Feb 9–13 (5), Sat Feb 14 worked (6), Feb 15–23 off, Feb 24–27 (10), Sat Feb 28 worked (11), Mar 2–6 (16), Mar 9–12 (20).
        Assert.Equal(new DateOnly(2026, 3, 12), WorkingDays.After(new DateOnly(2026, 2, 6), 20, Official));
        // Without the calendar only weekends count: Feb 9 … Mar 6 is 20 working days.
        Assert.Equal(new DateOnly(2026, 3, 6), WorkingDays.After(new DateOnly(2026, 2, 6), 20, HolidayCalendar.Empty));
    }

    [Fact]
    public void Labour_day_counts_the_adjusted_saturday()
    {
        // Apr 30 (Thu) → May 6, 7, 8, Sat 9 (worked) are the first four working days.
        Assert.Equal(new DateOnly(2026, 5, 9), WorkingDays.After(new DateOnly(2026, 4, 30), 4, Official));
        Assert.Equal(new DateOnly(2026, 5, 11), WorkingDays.After(new DateOnly(2026, 4, 30), 5, Official));
    }

    [Fact]
    public void National_day_and_mid_autumn()
    {
        // Sep 18 (Fri): Sun Sep 20 worked (1), Sep 21–24 (5), Sep 25–27 and Oct 1–7 off, Sep 28–30 (8), Oct 8–9 (10),
        // Sat Oct 10 worked (11), Oct 12–16 (16), Oct 19–22 (20).
        Assert.Equal(new DateOnly(2026, 10, 22), WorkingDays.After(new DateOnly(2026, 9, 18), 20, Official));
        Assert.Equal(20, WorkingDays.Between(new DateOnly(2026, 9, 18), new DateOnly(2026, 10, 22), Official));
        Assert.Equal(-20, WorkingDays.Between(new DateOnly(2026, 10, 22), new DateOnly(2026, 9, 18), Official));
    }

    [Fact]
    public void Year_boundary_into_a_year_without_a_calendar()
    {
        // Dec 18, 2026 (Fri): Dec 21–25 (5), Dec 28–31 (9); 2027 has no calendar: Jan 1 (Fri) counts (10), Jan 4–8 (15), Jan 11–15 (20).
        var deadline = WorkingDays.After(new DateOnly(2026, 12, 18), 20, Official);
        Assert.Equal(new DateOnly(2027, 1, 15), deadline);
        Assert.Equal([2027], WorkingDays.MissingYears(new DateOnly(2026, 12, 18), deadline, Official));
        Assert.Empty(WorkingDays.MissingYears(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Official));

        // Dec 31, 2025 → the 2026 New Year holiday (Jan 1–3) and the worked Sunday Jan 4.
        Assert.Equal(new DateOnly(2026, 1, 4), WorkingDays.After(new DateOnly(2025, 12, 31), 1, Official));
    }

    [Fact]
    public void Zero_working_days_is_the_day_itself() =>
        Assert.Equal(new DateOnly(2026, 5, 1), WorkingDays.After(new DateOnly(2026, 5, 1), 0, Official));
}
