using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers.Queries.ExportOfficers;

public sealed class ExportOfficersHandler(IApplicationDbContext db, IRosterExporter exporter, IAuditLog audit, UnitScope scope) : IQueryHandler<ExportOfficersQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportOfficersQuery query, CancellationToken cancellationToken)
    {
        // Officers' personal data leaves the system: who exported it is on the record.
        await audit.RecordReadAsync("Officer", "export", $"roster export ({query.Format})", cancellationToken);
        var units = await db.BranchUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var officers = db.Officers.AsNoTracking().Apply(query.Filter);
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            // The export shows what search shows: nothing outside the caller's units.
            officers = officers.Where(o => visible.Contains(o.UnitId));
        }

        officers = officers.OrderBy(o => o.Number);
        return await exporter.ExportOfficersAsync(officers, units, query.Format, cancellationToken);
    }
}
