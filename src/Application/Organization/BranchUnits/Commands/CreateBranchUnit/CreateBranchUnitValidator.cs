using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Organization;
using FluentValidation;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.CreateBranchUnit;

public sealed class CreateBranchUnitValidator : AbstractValidator<CreateBranchUnitCommand>
{
    public CreateBranchUnitValidator()
    {
        RuleFor(c => c.Code).Code(BranchUnit.CodeMaxLength);
        RuleFor(c => c.Name).DisplayName(BranchUnit.NameMaxLength);
        RuleFor(c => c.RegionCode).RegionCode();
    }
}
