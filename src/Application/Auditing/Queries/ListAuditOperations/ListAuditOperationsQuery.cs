using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditOperations;

/// <summary>
/// The operation log of one kind of record (§5.7), e.g. every draw: who prepared, witnessed, executed and
/// revealed it, and what failed, in the order it happened. A view of the audit trail: the filter's
/// <c>entityType</c> is required, <c>entityId</c> narrows it to one record. Scoped like the list (<see cref="AuditReadScope"/>).
/// </summary>
public sealed record ListAuditOperationsQuery(AuditFilter Filter, int Page, int PageSize)
    : IQuery<PagedResult<AuditEntryDto>>, IAuditFilterQuery, IPageQuery
{
    /// <summary>Always in the order it happened.</summary>
    public string? Sort => null;
}
