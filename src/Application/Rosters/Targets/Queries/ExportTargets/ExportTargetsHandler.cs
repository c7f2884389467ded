using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets.Queries.ExportTargets;

public sealed class ExportTargetsHandler(IApplicationDbContext db, IRosterExporter exporter, IAuditLog audit) : IQueryHandler<ExportTargetsQuery, ExportFile>
{
    public const int XlsxMaxRows = 1_048_575;

    public async ValueTask<ExportFile> Handle(ExportTargetsQuery query, CancellationToken cancellationToken)
    {
        var targets = db.Targets.AsNoTracking().Apply(query.Filter, db.InspectionOutcomes).OrderBy(t => t.Code);
        if (query.Format == ExportFormat.Xlsx && await targets.CountAsync(cancellationToken) > XlsxMaxRows)
        {
            throw RequestValidationException.ForField("format", Text.Of(
                "XLSX 最多 1,048,575 行，请缩小筛选范围或导出 CSV", "XLSX holds at most 1,048,575 rows; narrow the filter or export CSV."));
        }

        await audit.RecordReadAsync("Target", "export", $"roster export ({query.Format})", cancellationToken);
        return await exporter.ExportTargetsAsync(targets, query.Format, cancellationToken);
    }
}
