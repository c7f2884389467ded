using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditEntries;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        this.AddPagingRules(ListAuditEntriesQuery.SortableFields);
        this.AddAuditFilterRules();
    }
}
