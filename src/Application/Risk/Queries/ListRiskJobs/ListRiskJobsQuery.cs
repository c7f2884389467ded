using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Domain.Risk;
using Mediator;

namespace DoubleRandom.Application.Risk.Queries.ListRiskJobs;

/// <summary>Risk jobs, newest first, optionally of one kind or status.</summary>
public sealed record ListRiskJobsQuery(RiskJobKind? Kind, RiskJobStatus? Status, int Page, int PageSize) : IQuery<PagedResult<RiskJobDto>>, IPageQuery
{
    public string? Sort => null;
}
