using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListFollowUps;

public sealed class ListFollowUpsValidator : AbstractValidator<ListFollowUpsQuery>
{
    public ListFollowUpsValidator()
    {
        this.AddPagingRules(ListFollowUpsHandler.Sorts);
        RuleFor(q => q.Status).IsInEnum();
    }
}
