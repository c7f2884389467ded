using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections.FollowUps;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.HandOverFollowUp;

public sealed class HandOverFollowUpValidator : AbstractValidator<HandOverFollowUpCommand>
{
    public HandOverFollowUpValidator(TimeProvider clock)
    {
        RuleFor(c => c.ItemId).NotEmpty();
        RuleFor(c => c.SupervisingUnitId).NotEmpty();
        RuleFor(c => c.Deadline).NotNull()
            .Must(d => d is null || d.Value >= clock.Today()).WithMessage(_ => FollowUpTexts.PastDeadline)
            .Must(d => d is null || d.Value <= clock.Today().AddYears(RecordFields.MaxDeadlineYears)).WithMessage(_ => FollowUpTexts.FarDeadline);
        RuleFor(c => c.Note).MaximumLength(FollowUp.NoteMaxLength);
    }
}
