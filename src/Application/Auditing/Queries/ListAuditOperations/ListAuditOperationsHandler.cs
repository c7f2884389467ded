using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditOperations;

public sealed class ListAuditOperationsHandler(IApplicationDbContext db, IAuditChainLinker linker, AuditReadScope scope)
    : IQueryHandler<ListAuditOperationsQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(ListAuditOperationsQuery query, CancellationToken cancellationToken)
    {
        await linker.LinkCommittedAsync(cancellationToken);
        var entries = await scope.ApplyAsync(query.Filter.Apply(db.AuditEntries), cancellationToken);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderBy(e => e.Sequence)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        await scope.RecordUnrevealedReadsAsync(page, cancellationToken);
        return new PagedResult<AuditEntryDto>([.. page.Select(e => e.ToDto())], query.Page, query.PageSize, total);
    }
}
