using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication.Queries.ListPublications;

/// <summary>
/// Closed tasks are few (hundreds a year) and their deadline depends on the calendar: the state is computed here for
/// each visible closed task, then filtered and paged — the earliest deadline first, then by task id.
/// </summary>
public sealed class ListPublicationsHandler(IApplicationDbContext db, TaskVisibility visibility, TimeProvider clock)
    : IQueryHandler<ListPublicationsQuery, PagedResult<PublicationListItemDto>>
{
    public async ValueTask<PagedResult<PublicationListItemDto>> Handle(ListPublicationsQuery query, CancellationToken cancellationToken)
    {
        var tasks = await (await visibility.VisibleTasksAsync(cancellationToken))
            .Where(t => t.Status == InspectionTaskStatus.Closed && t.ClosedAtUtc != null)
            .Select(t => new { t.Id, t.Name, t.Year, t.ClosedAtUtc }).ToListAsync(cancellationToken);
        var ids = tasks.Select(t => t.Id).ToList();
        var publications = await db.TaskPublications.AsNoTracking().Where(p => ids.Contains(p.TaskId)).ToDictionaryAsync(p => p.TaskId, cancellationToken);
        var today = TaskPublicationReader.Today(clock);
        var earliest = tasks.Count == 0 ? today : tasks.Min(t => PublicationDeadline.CompletedOn(t.ClosedAtUtc!.Value));
        var calendar = await PublicationDeadline.CalendarAsync(db, earliest, today, cancellationToken);

        var rows = tasks.Select(t =>
            {
                var publication = publications.GetValueOrDefault(t.Id);
                var status = PublicationStatus.Of(t.ClosedAtUtc, publication, today, calendar);
                return new PublicationListItemDto(t.Id, t.Name, t.Year, status.State, status.CompletedOn!.Value, status.DeadlineOn!.Value,
                    status.WorkingDaysLeft, publication?.PublishedAtUtc, publication?.PublishedBy, publication?.ResultCount);
            })
            .Where(r => query.Status switch
            {
                PublicationStatusFilter.Due => r.State == PublicationState.Due,
                PublicationStatusFilter.Overdue => r.State == PublicationState.Overdue,
                PublicationStatusFilter.Published => r.State is PublicationState.Published or PublicationState.PublishedLate,
                _ => true,
            })
            .OrderBy(r => r.DeadlineOn).ThenBy(r => r.TaskId)
            .ToList();
        return new PagedResult<PublicationListItemDto>(
            [.. rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, rows.Count);
    }
}
