using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers.Commands.CreateOfficer;

public sealed class CreateOfficerValidator : OfficerFieldsValidator<CreateOfficerCommand>
{
    public CreateOfficerValidator(IApplicationDbContext db)
        : base(db) => RuleFor(o => o.Number).Code(Officer.NumberMaxLength);
}
