using FluentValidation;

namespace DoubleRandom.Application.Draws.Commands.DecideAmendment;

public sealed class DecideAmendmentValidator : AbstractValidator<DecideAmendmentCommand>
{
    public DecideAmendmentValidator() => RuleFor(c => c.Approve).NotNull();
}
