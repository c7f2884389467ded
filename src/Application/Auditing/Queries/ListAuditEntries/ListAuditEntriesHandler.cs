using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditEntries;

public sealed class ListAuditEntriesHandler(AuditReadScope scope)
    : IQueryHandler<ListAuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = await scope.LinkedEntriesAsync(query.Filter, cancellationToken);
        var ordered = query.Sort is null || query.IsDescending() ? entries.OrderByDescending(e => e.Sequence) : entries.OrderBy(e => e.Sequence);
        var page = await ordered.ToPagedResultAsync(query, cancellationToken);
        await scope.RecordUnrevealedReadsAsync(page.Items, cancellationToken);
        return page.Map(e => e.ToDto());
    }
}
