using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Records.Queries.ListInspectionRecords;

public sealed class ListInspectionRecordsValidator : AbstractValidator<ListInspectionRecordsQuery>
{
    public ListInspectionRecordsValidator()
    {
        this.AddPagingRules(ListInspectionRecordsHandler.Sorts);
        RuleFor(q => q.GroupNumber).InclusiveBetween(1, SummaryLimits.MaxGroupNumber);
    }
}
