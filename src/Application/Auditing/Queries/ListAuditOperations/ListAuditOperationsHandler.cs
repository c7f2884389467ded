using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditOperations;

public sealed class ListAuditOperationsHandler(AuditReadScope scope)
    : IQueryHandler<ListAuditOperationsQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(ListAuditOperationsQuery query, CancellationToken cancellationToken)
    {
        var entries = await scope.LinkedEntriesAsync(query.Filter, cancellationToken);
        var page = await entries.OrderBy(e => e.Sequence).ToPagedResultAsync(query, cancellationToken);
        await scope.RecordUnrevealedReadsAsync(page.Items, cancellationToken);
        return page.Map(e => e.ToDto());
    }
}
