using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Queries.SearchTargets;

/// <summary>Searches the target roster, a page at a time.</summary>
public sealed record SearchTargetsQuery(TargetFilter Filter, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<TargetDto>>, IPageQuery;
