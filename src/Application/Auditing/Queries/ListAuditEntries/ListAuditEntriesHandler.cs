using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditEntries;

public sealed class ListAuditEntriesHandler(IApplicationDbContext db, IAuditChainLinker linker, AuditReadScope scope)
    : IQueryHandler<ListAuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        await linker.LinkCommittedAsync(cancellationToken);
        var entries = await scope.ApplyAsync(query.Filter.Apply(db.AuditEntries), cancellationToken);
        var ordered = query.Sort is null || query.IsDescending() ? entries.OrderByDescending(e => e.Sequence) : entries.OrderBy(e => e.Sequence);
        var total = await entries.CountAsync(cancellationToken);
        var page = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        await scope.RecordUnrevealedReadsAsync(page, cancellationToken);
        return new PagedResult<AuditEntryDto>([.. page.Select(e => e.ToDto())], query.Page, query.PageSize, total);
    }
}
