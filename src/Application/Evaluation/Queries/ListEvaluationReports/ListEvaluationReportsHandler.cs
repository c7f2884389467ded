using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Evaluation.Jobs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Queries.ListEvaluationReports;

public sealed class ListEvaluationReportsHandler(IApplicationDbContext db)
    : IQueryHandler<ListEvaluationReportsQuery, PagedResult<EvaluationReportJobDto>>
{
    public async ValueTask<PagedResult<EvaluationReportJobDto>> Handle(ListEvaluationReportsQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.EvaluationReportJobs.AsNoTracking();
        if (query.Status is { } status)
        {
            jobs = jobs.Where(j => j.Status == status);
        }

        // The figures stay in the database: a list shows status and fingerprints, not reports.
        var page = await jobs.OrderByDescending(j => j.RequestedAtUtc).ThenBy(j => j.Id).ToPagedResultAsync(query, cancellationToken);
        var items = await EvaluationReportJobDtos.OfAsync(db, page.Items, cancellationToken);
        return new PagedResult<EvaluationReportJobDto>(items, page.Page, page.PageSize, page.TotalCount);
    }
}
