using DoubleRandom.Domain.Inspections.FollowUps;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.TransitionFollowUp;

public sealed class TransitionFollowUpValidator : AbstractValidator<TransitionFollowUpCommand>
{
    public TransitionFollowUpValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.Note).MaximumLength(FollowUp.NoteMaxLength);
    }
}
