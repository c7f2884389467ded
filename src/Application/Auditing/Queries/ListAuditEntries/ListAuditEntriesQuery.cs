using DoubleRandom.Application.Common.Paging;
using Mediator;

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
