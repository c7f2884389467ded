using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ExportAuditEntries;

/// <summary>
/// Every entry the filter selects, in sequence order, streamed (an export may hold millions of rows).
/// The export itself is recorded as a read: the trail holds names and addresses of people. Scoped like the list
/// (<see cref="AuditReadScope"/>); unrevealed draw results in it are recorded as read before the first row is sent.
/// </summary>
public sealed record ExportAuditEntriesQuery(AuditFilter Filter) : IQuery<IAsyncEnumerable<AuditEntry>>, IAuditFilterQuery;

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntriesQuery>
{
    public ExportAuditEntriesValidator() => this.AddAuditFilterRules();
}

public sealed class ExportAuditEntriesHandler(IApplicationDbContext db, IAuditLog audit, IAuditChainLinker linker, AuditReadScope scope)
    : IQueryHandler<ExportAuditEntriesQuery, IAsyncEnumerable<AuditEntry>>
{
    public const string ExportedEntityType = "AuditTrail";

    public async ValueTask<IAsyncEnumerable<AuditEntry>> Handle(ExportAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        await linker.LinkCommittedAsync(cancellationToken);
        var reason = $"export {query.Filter}";
        await audit.RecordReadAsync(ExportedEntityType, "entries.csv", reason.Length <= 500 ? reason : reason[..500], cancellationToken);
        var entries = await scope.ApplyAsync(query.Filter.Apply(db.AuditEntries), cancellationToken);
        await scope.RecordUnrevealedReadsAsync(entries, cancellationToken);
        return entries.OrderBy(e => e.Sequence).AsAsyncEnumerable();
    }
}
