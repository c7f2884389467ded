using DoubleRandom.Domain.Auditing;
using Mediator;

namespace DoubleRandom.Application.Auditing.Queries.ExportAuditEntries;

/// <summary>
/// Every entry the filter selects, in sequence order, streamed (an export may hold millions of rows).
/// The export itself is recorded as a read: the trail holds names and addresses of people. Scoped like the list
/// (<see cref="AuditReadScope"/>); unrevealed draw results in it are recorded as read before the first row is sent.
/// </summary>
public sealed record ExportAuditEntriesQuery(AuditFilter Filter) : IQuery<IAsyncEnumerable<AuditEntry>>, IAuditFilterQuery;
