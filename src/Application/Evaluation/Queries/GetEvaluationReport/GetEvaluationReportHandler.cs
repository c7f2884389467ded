using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Evaluation.Jobs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReport;

public sealed class GetEvaluationReportHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationReportQuery, EvaluationReportJobDto>
{
    public async ValueTask<EvaluationReportJobDto> Handle(GetEvaluationReportQuery query, CancellationToken cancellationToken)
    {
        var job = await db.EvaluationReportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.EvaluationReport, query.Id);
        return await EvaluationReportJobDtos.OfAsync(db, job, cancellationToken);
    }
}
