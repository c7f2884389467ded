using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListFollowUps;

public sealed class ListFollowUpsHandler(FollowUpAccess access) : IQueryHandler<ListFollowUpsQuery, PagedResult<FollowUpDto>>
{
    internal static readonly SortKeys<FollowUp> Sorts = new SortKeys<FollowUp>("deadline")
        .Add("deadline", f => f.Deadline).Add("handedOverAtUtc", f => f.HandedOverAtUtc).Add("targetCode", f => f.TargetCode)
        .Add("updatedAtUtc", f => f.UpdatedAtUtc);

    public async ValueTask<PagedResult<FollowUpDto>> Handle(ListFollowUpsQuery query, CancellationToken cancellationToken)
    {
        var followUps = await access.VisibleAsync(cancellationToken);
        if (query.UnitId is { } unit)
        {
            followUps = followUps.Where(f => f.SupervisingUnitId == unit);
        }

        if (query.Status is { } status)
        {
            followUps = followUps.Where(f => f.Status == status);
        }

        if (query.TaskId is { } task)
        {
            followUps = followUps.Where(f => f.TaskId == task);
        }

        if (query.RecordId is { } record)
        {
            followUps = followUps.Where(f => f.RecordId == record);
        }

        if (query.Overdue is { } overdue)
        {
            followUps = followUps.Where(overdue ? FollowUpOverdue.On(access.Today) : FollowUpOverdue.NotOn(access.Today));
        }

        var page = await Sorts.Apply(followUps, query).ThenBy(f => f.Id).ToPagedResultAsync(query, cancellationToken);
        return new PagedResult<FollowUpDto>(await access.ToDtosAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount);
    }
}
