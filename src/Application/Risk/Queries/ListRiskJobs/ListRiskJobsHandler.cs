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
        var ids = page.Items.Where(j => j.ModelId is not null).Select(j => j.ModelId!.Value).Distinct().ToList();
        var versions = await db.RiskModels.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Version, cancellationToken);
        return page.Map(j => RiskJobDto.From(j, j.ModelId is { } id && versions.TryGetValue(id, out var v) ? v : null));
    }
}
