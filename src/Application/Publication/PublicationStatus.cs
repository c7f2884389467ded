using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// The publication state of a task from its close time, its publication (if any) and today, with the calendar: the
/// deadline is the 20th working day after the completion date; a published task keeps the deadline it was published
/// against (<see cref="PublicationDeadline"/>). Due up to and including the deadline day, overdue after it.
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

        var completedOn = PublicationDeadline.CompletedOn(closed);
        var deadline = PublicationDeadline.Of(completedOn, calendar);
        return new(today <= deadline ? PublicationState.Due : PublicationState.Overdue, completedOn, deadline,
            WorkingDays.Between(today, deadline, calendar));
    }
}
