using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ExportAuditEntries;

/// <summary>Every entry the filter selects, in sequence order, streamed (an export may hold millions of rows).</summary>
public sealed record ExportAuditEntriesQuery(AuditFilter Filter) : IQuery<IAsyncEnumerable<AuditEntry>>, IAuditFilterQuery;

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntriesQuery>
{
    public ExportAuditEntriesValidator() => this.AddAuditFilterRules();
}

public sealed class ExportAuditEntriesHandler(IApplicationDbContext db)
    : IQueryHandler<ExportAuditEntriesQuery, IAsyncEnumerable<AuditEntry>>
{
    public ValueTask<IAsyncEnumerable<AuditEntry>> Handle(ExportAuditEntriesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(query.Filter.Apply(db.AuditEntries).OrderBy(e => e.Sequence).AsAsyncEnumerable());
}
