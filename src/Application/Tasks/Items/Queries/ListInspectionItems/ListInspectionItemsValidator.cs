using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Items.Queries.ListInspectionItems;

public sealed class ListInspectionItemsValidator : AbstractValidator<ListInspectionItemsQuery>
{
    public ListInspectionItemsValidator() => this.AddPagingRules(ListInspectionItemsHandler.Sorts);
}
