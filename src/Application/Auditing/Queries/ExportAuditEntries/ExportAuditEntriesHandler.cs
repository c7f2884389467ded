using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ExportAuditEntries;

public sealed class ExportAuditEntriesHandler(IAuditLog audit, AuditReadScope scope)
    : IQueryHandler<ExportAuditEntriesQuery, IAsyncEnumerable<AuditEntry>>
{
    public const string ExportedEntityType = "AuditTrail";

    public async ValueTask<IAsyncEnumerable<AuditEntry>> Handle(ExportAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = await scope.LinkedEntriesAsync(query.Filter, cancellationToken);
        var reason = $"export {query.Filter}";
        await audit.RecordReadAsync(ExportedEntityType, "entries.csv", reason.Length <= 500 ? reason : reason[..500], cancellationToken);
        await scope.RecordUnrevealedReadsAsync(entries, cancellationToken);
        return entries.OrderBy(e => e.Sequence).AsAsyncEnumerable();
    }
}
