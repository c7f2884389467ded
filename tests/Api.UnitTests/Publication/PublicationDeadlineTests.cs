using DoubleRandom.Application.Publication;
using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Api.UnitTests.Publication;

/// <summary>
/// The deadline and the status at the Asia/Shanghai midnight (16:00 UTC): before National Day and at the year boundary,
/// with the official 2026 calendar and without the next year's.
/// </summary>
public sealed class PublicationDeadlineTests
{
    private static readonly HolidayCalendar Official = HolidayCalendar.Of(OfficialCalendar2026.Days.Select(d => (d.Date, d.Kind)));

    [Fact]
    public void A_minute_either_side_of_Shanghai_midnight_before_National_Day_changes_the_completion_not_the_deadline()
    {
        var before = PublicationStatus.Of(new DateTime(2026, 9, 30, 15, 59, 0, DateTimeKind.Utc), null, new DateOnly(2026, 10, 8), Official);
        var after = PublicationStatus.Of(new DateTime(2026, 9, 30, 16, 1, 0, DateTimeKind.Utc), null, new DateOnly(2026, 10, 8), Official);
        Assert.Equal(new DateOnly(2026, 9, 30), before.CompletedOn);
        Assert.Equal(new DateOnly(2026, 10, 1), after.CompletedOn);
        // Oct 1–7 off: Oct 8, 9, Sat 10 (worked), 12–16, 19–23, 26–30, Nov 2, Nov 3.
        Assert.Equal(new DateOnly(2026, 11, 3), before.DeadlineOn);
        Assert.Equal(new DateOnly(2026, 11, 3), after.DeadlineOn);
        Assert.Equal((PublicationState.Due, 19), (before.State, before.WorkingDaysLeft));
    }

    [Fact]
    public void The_deadline_day_is_due_and_the_next_day_overdue()
    {
        var closed = new DateTime(2026, 9, 30, 15, 59, 0, DateTimeKind.Utc);
        var last = PublicationStatus.Of(closed, null, new DateOnly(2026, 11, 3), Official);
        var late = PublicationStatus.Of(closed, null, new DateOnly(2026, 11, 4), Official);
        Assert.Equal((PublicationState.Due, 0), (last.State, last.WorkingDaysLeft));
        Assert.Equal((PublicationState.Overdue, -1), (late.State, late.WorkingDaysLeft));
    }

    [Fact]
    public void A_close_at_16_30_UTC_on_New_Years_Eve_completes_on_New_Years_Day_and_misses_next_years_calendar()
    {
        var status = PublicationStatus.Of(new DateTime(2026, 12, 31, 16, 30, 0, DateTimeKind.Utc), null, new DateOnly(2027, 1, 4), Official);
        Assert.Equal(new DateOnly(2027, 1, 1), status.CompletedOn);
        // Weekends only in 2027: Jan 4–8, 11–15, 18–22, 25–29.
        Assert.Equal(new DateOnly(2027, 1, 29), status.DeadlineOn);
        Assert.Equal([2027], WorkingDays.MissingYears(status.CompletedOn!.Value, status.DeadlineOn!.Value, Official));
    }

    [Fact]
    public void Without_next_years_calendar_a_New_Years_Eve_deadline_is_a_day_early()
    {
        var completedOn = PublicationDeadline.CompletedOn(new DateTime(2026, 12, 31, 15, 30, 0, DateTimeKind.Utc));
        Assert.Equal(new DateOnly(2026, 12, 31), completedOn);
        Assert.Equal(new DateOnly(2027, 1, 28), PublicationDeadline.Of(completedOn, Official));
        var with2027 = HolidayCalendar.Of(OfficialCalendar2026.Days.Select(d => (d.Date, d.Kind)).Append((new DateOnly(2027, 1, 1), CalendarDayKind.Holiday)));
        Assert.Equal(new DateOnly(2027, 1, 29), PublicationDeadline.Of(completedOn, with2027));
        Assert.Empty(WorkingDays.MissingYears(completedOn, new DateOnly(2027, 1, 29), with2027));
    }

    [Fact]
    public void The_calendar_years_reach_a_year_past_the_later_of_completion_and_today() =>
        Assert.Equal((2026, 2028), PublicationDeadline.Years(new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 4)));
}
