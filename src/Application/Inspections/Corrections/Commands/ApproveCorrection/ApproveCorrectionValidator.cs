using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.ApproveCorrection;

public sealed class ApproveCorrectionValidator : AbstractValidator<ApproveCorrectionCommand>
{
    public ApproveCorrectionValidator() => RuleFor(c => c.Note).MaximumLength(RecordCorrection.NoteMaxLength);
}
