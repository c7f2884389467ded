using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// The publication state of a task from its close time, its publication (if any) and today, with the calendar: the
/// deadline is the 20th working day after the completion date; a published task keeps the deadline it was published
/// against. Due up to and including the deadline day, overdue after it.
/// </summary>
public sealed record PublicationStatus(PublicationState State, DateOnly? CompletedOn, DateOnly? DeadlineOn, int? WorkingDaysLeft)
{
    public static PublicationStatus Of(DateTime? closedAtUtc, TaskPublication? publication, DateOnly today, HolidayCalendar calendar)
    {
        if (publication is not null)
        {
            return new(publication.IsLate ? PublicationState.PublishedLate : PublicationState.Published,
                publication.CompletedOn, publication.DeadlineOn, null);
        }

        if (closedAtUtc is not { } closed)
        {
            return new(PublicationState.NotCompleted, null, null, null);
        }

        var completedOn = PublicationDates.ShanghaiDate(closed);
        var deadline = WorkingDays.After(completedOn, WorkingDays.PublicationDeadline, calendar);
        return new(today <= deadline ? PublicationState.Due : PublicationState.Overdue, completedOn, deadline,
            WorkingDays.Between(today, deadline, calendar));
    }

    /// <summary>The calendar years a status may need: from the earliest completion year to a year after today.</summary>
    public static (int First, int Last) Years(DateOnly earliest, DateOnly today) =>
        (Math.Min(earliest.Year, today.Year), Math.Max(earliest.Year, today.Year) + 1);
}
