using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Recusals.Queries.ListRecusals;

public sealed class ListRecusalsValidator : AbstractValidator<ListRecusalsQuery>
{
    public ListRecusalsValidator()
    {
        this.AddPagingRules(ListRecusalsHandler.Sorts);
        RuleFor(q => q.TargetCode).MaximumLength(64);
    }
}
