using FluentValidation;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.UpdateRecusal;

public sealed class UpdateRecusalValidator : AbstractValidator<UpdateRecusalCommand>
{
    public UpdateRecusalValidator()
    {
        this.AddPeriodRules(c => c.Reason, c => c.Note, c => c.ValidFrom, c => c.ValidTo);
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
    }
}
