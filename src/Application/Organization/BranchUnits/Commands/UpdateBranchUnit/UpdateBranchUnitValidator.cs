using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Organization;
using FluentValidation;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.UpdateBranchUnit;

public sealed class UpdateBranchUnitValidator : AbstractValidator<UpdateBranchUnitCommand>
{
    public UpdateBranchUnitValidator()
    {
        RuleFor(c => c.Name).DisplayName(BranchUnit.NameMaxLength);
        RuleFor(c => c.RegionCode).RegionCode();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
    }
}
