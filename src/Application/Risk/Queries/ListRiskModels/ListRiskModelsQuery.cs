using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Risk.Registry;
using Mediator;

namespace DoubleRandom.Application.Risk.Queries.ListRiskModels;

/// <summary>The registry's versions, newest first, each with its validation metrics.</summary>
public sealed record ListRiskModelsQuery(int Page, int PageSize) : IQuery<PagedResult<RiskModelSummaryDto>>, IPageQuery
{
    public string? Sort => null;
}
