using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RejectCorrection;

public sealed class RejectCorrectionValidator : AbstractValidator<RejectCorrectionCommand>
{
    public RejectCorrectionValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(RecordCorrection.NoteMaxLength);
}
