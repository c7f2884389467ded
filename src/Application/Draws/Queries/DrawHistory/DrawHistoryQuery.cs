using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.DrawHistory;

/// <summary>§5.3 history: the groups of sealed draws, filtered by year, task, unit, officer or target.</summary>
[Unscoped("a list of the groups with an officer of the caller's units; the ids only narrow it")]
public sealed record DrawHistoryQuery(int? Year, Guid? TaskId, Guid? UnitId, Guid? OfficerId, string? TargetCode, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<HistoryEntryDto>>, IPageQuery;
