using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.ListDraws;

/// <summary>
/// Draws, newest first; public (<paramref name="PublicOnly"/>): every draw ever prepared, failed ones included (§0:
/// nothing is silently dropped); staff: the draws of the tasks in the caller's unit scope.
/// </summary>
[Unscoped("a list filtered by the visible tasks; taskId only narrows it")]
public sealed record ListDrawsQuery(int? Year, Guid? TaskId, DrawStatus? Status, int Page, int PageSize, string? Sort, bool PublicOnly = false)
    : IQuery<PagedResult<DrawDto>>, IPageQuery;
