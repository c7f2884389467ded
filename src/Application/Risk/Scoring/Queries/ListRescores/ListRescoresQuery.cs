using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Risk.Scoring.Queries.ListRescores;

/// <summary>The re-scores, newest first.</summary>
public sealed record ListRescoresQuery(int Page, int PageSize) : IQuery<PagedResult<RiskRescoreDto>>, IPageQuery
{
    public string? Sort => null;
}
