using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports.Queries.ListImportJobs;

public sealed class ListImportJobsHandler(IApplicationDbContext db, ImportJobView view, UnitScope scope, ICurrentActor actor)
    : IQueryHandler<ListImportJobsQuery, PagedResult<ImportJobDto>>
{
    public async ValueTask<PagedResult<ImportJobDto>> Handle(ListImportJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.ImportJobs.AsNoTracking();
        // Data scoping: a job is its uploader's, seen by them and wherever the uploader's unit is.
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            var units = visible.ToList();
            var me = actor.Name;
            jobs = jobs.Where(j => j.CreatedBy == me
                || db.Users.Any(u => u.UserName == j.CreatedBy && u.UnitId != null && units.Contains(u.UnitId.Value)));
        }
        if (query.Roster is { } roster)
        {
            jobs = jobs.Where(j => j.Roster == roster);
        }

        if (query.Status is { } status)
        {
            jobs = jobs.Where(j => j.Status == status);
        }

        return await jobs.OrderByDescending(j => j.CreatedAtUtc).ThenBy(j => j.Id).ToPagedResultAsync(query, view.ToDto, cancellationToken);
    }
}
