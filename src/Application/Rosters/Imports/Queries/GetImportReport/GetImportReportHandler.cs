using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.GetImportReport;

public sealed class GetImportReportHandler(IApplicationDbContext db, IImportFileStore files) : IQueryHandler<GetImportReportQuery, string>
{
    public async ValueTask<string> Handle(GetImportReportQuery query, CancellationToken cancellationToken)
    {
        var job = await ImportJobView.FindAsync(db, query.Id, cancellationToken);
        return job.IsFinished && files.FindReport(job) is { } path
            ? path
            : throw new NotFoundException(Text.Of("导入报告（任务未完成）", "Import report (the job has not finished)"), query.Id);
    }
}
