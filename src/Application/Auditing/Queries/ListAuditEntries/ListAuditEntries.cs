using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditEntries;

/// <summary>
/// Lists audit entries, a page at a time, newest first unless <c>sort=sequence</c>: those the caller may see
/// (<see cref="AuditReadScope"/>); a page revealing an unrevealed draw's result leaves a <c>read</c> entry.
/// </summary>
public sealed record ListAuditEntriesQuery(AuditFilter Filter, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<AuditEntryDto>>, IPageQuery, IAuditFilterQuery
{
    /// <summary>Both orders are the chain's order: times never decrease along it.</summary>
    public static readonly string[] SortableFields = ["sequence", "occurredAtUtc"];
}

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        this.AddPagingRules(ListAuditEntriesQuery.SortableFields);
        this.AddAuditFilterRules();
    }
}

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
