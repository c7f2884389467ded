using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditOperations;

/// <summary>
/// The operation log of one kind of record (§5.7), e.g. every draw: who prepared, witnessed, executed and
/// revealed it, and what failed, in the order it happened. A view of the audit trail: the filter's
/// <c>entityType</c> is required, <c>entityId</c> narrows it to one record. Scoped like the list (<see cref="AuditReadScope"/>).
/// </summary>
public sealed record ListAuditOperationsQuery(AuditFilter Filter, int Page, int PageSize)
    : IQuery<PagedResult<AuditEntryDto>>, IAuditFilterQuery;

public sealed class ListAuditOperationsValidator : AbstractValidator<ListAuditOperationsQuery>
{
    public ListAuditOperationsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageQueryValidation.MaxPageSize);
        this.AddAuditFilterRules();
        RuleFor(q => q.Filter.EntityType).NotEmpty().OverridePropertyName("entityType")
            .WithMessage(_ => Text.Of("请指定记录类型，如 Draw", "Name the entity type, e.g. Draw."));
    }
}

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
