using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Targets.Commands.CreateTarget;

public sealed class CreateTargetValidator : TargetFieldsValidator<CreateTargetCommand>
{
    public CreateTargetValidator(IReferenceData reference, IApplicationDbContext db, TimeProvider clock)
        : base(reference, db, clock)
    {
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => TargetChecks.CodeRequired).Custom((code, context) =>
        {
            var kind = context.InstanceToValidate.ResolvedKind;
            var message = TargetChecks.Code(kind ?? TargetKind.Enterprise, code);
            if (message is not null)
            {
                context.AddFailure(message);
            }
        });
    }
}
