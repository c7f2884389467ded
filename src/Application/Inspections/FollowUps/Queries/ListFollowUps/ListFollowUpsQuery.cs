using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListFollowUps;

/// <summary>
/// The follow-ups the caller sees (<see cref="FollowUpAccess.VisibleAsync"/>), filtered by supervising unit, status,
/// overdue (true: overdue only; false: not overdue), task and record.
/// </summary>
[Unscoped("a list already filtered by the follow-up scope (its task or its supervising unit); a task outside it lists nothing")]
public sealed record ListFollowUpsQuery(
    Guid? UnitId, FollowUpStatus? Status, bool? Overdue, Guid? TaskId, Guid? RecordId, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<FollowUpDto>>, IPageQuery;
