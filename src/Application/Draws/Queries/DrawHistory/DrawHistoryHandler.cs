using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.DrawHistory;

/// <remarks>Reads through <see cref="DrawHistoryGroups"/>, as the XLSX export does (unrevealed draws shown are audited reads).</remarks>
public sealed class DrawHistoryHandler(IApplicationDbContext db, UnitScope scope, IAuditLog audit) : IQueryHandler<DrawHistoryQuery, PagedResult<HistoryEntryDto>>
{
    public async ValueTask<PagedResult<HistoryEntryDto>> Handle(DrawHistoryQuery query, CancellationToken cancellationToken)
    {
        var keys = await DrawHistoryGroups.SelectAsync(
            db, scope, query.Year, query.TaskId, query.UnitId, query.OfficerId, query.TargetCode, cancellationToken);
        var total = await keys.CountAsync(cancellationToken);
        var page = await keys.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var items = await DrawHistoryGroups.EntriesAsync(db, audit, page, cancellationToken);
        return new PagedResult<HistoryEntryDto>(items, query.Page, query.PageSize, total);
    }
}
