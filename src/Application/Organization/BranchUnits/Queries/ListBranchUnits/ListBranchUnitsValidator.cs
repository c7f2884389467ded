using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Organization;
using FluentValidation;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.ListBranchUnits;

public sealed class ListBranchUnitsValidator : AbstractValidator<ListBranchUnitsQuery>
{
    public ListBranchUnitsValidator()
    {
        this.AddPagingRules(ListBranchUnitsHandler.Sorts);
        RuleFor(q => q.Q).MaximumLength(BranchUnit.NameMaxLength);
        RuleFor(q => q.RegionPrefix).Matches("^[0-9]{1,6}$").When(q => q.RegionPrefix is not null);
    }
}
