using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Risk.Jobs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Queries.ListRiskJobs;

public sealed class ListRiskJobsHandler(IApplicationDbContext db) : IQueryHandler<ListRiskJobsQuery, PagedResult<RiskJobDto>>
{
    public async ValueTask<PagedResult<RiskJobDto>> Handle(ListRiskJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.RiskJobs.AsNoTracking();
        if (query.Kind is { } kind)
        {
            jobs = jobs.Where(j => j.Kind == kind);
        }

        if (query.Status is { } status)
        {
            jobs = jobs.Where(j => j.Status == status);
        }

        var page = await jobs.OrderByDescending(j => j.RequestedAtUtc).ThenBy(j => j.Id).ToPagedResultAsync(query, cancellationToken);
        var items = await RiskJobDtos.OfAsync(db, page.Items, cancellationToken);
        return new PagedResult<RiskJobDto>(items, page.Page, page.PageSize, page.TotalCount);
    }
}
