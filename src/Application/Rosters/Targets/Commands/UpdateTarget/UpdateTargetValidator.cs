using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Reference;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Targets.Commands.UpdateTarget;

public sealed class UpdateTargetValidator : TargetFieldsValidator<UpdateTargetCommand>
{
    public UpdateTargetValidator(IReferenceData reference, IApplicationDbContext db, TimeProvider clock)
        : base(reference, db, clock) =>
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
}
