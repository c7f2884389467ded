using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Officers.Commands.UpdateOfficer;

public sealed class UpdateOfficerValidator : OfficerFieldsValidator<UpdateOfficerCommand>
{
    public UpdateOfficerValidator(IApplicationDbContext db)
        : base(db) => RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
}
