using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFigures;

/// <summary>404 for an unknown job; 409 <c>evaluation-report-not-ready</c> while it has not succeeded.</summary>
public sealed class GetEvaluationReportFiguresHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationReportFiguresQuery, EvaluationReport>
{
    public async ValueTask<EvaluationReport> Handle(GetEvaluationReportFiguresQuery query, CancellationToken cancellationToken)
    {
        var job = await db.EvaluationReportJobs.AsNoTracking().Where(j => j.Id == query.Id)
            .Select(j => new { j.Status, j.Figures }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(RecordNames.EvaluationReport, query.Id);
        Rule.Check(job.Status == EvaluationReportStatus.Succeeded && job.Figures is not null, RuleCodes.EvaluationReportNotReady);
        return EvaluationReportJson.ReadReport(job.Figures!);
    }
}
