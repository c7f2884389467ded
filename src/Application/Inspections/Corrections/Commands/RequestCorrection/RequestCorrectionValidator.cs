using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;

public sealed class RequestCorrectionValidator : AbstractValidator<RequestCorrectionCommand>
{
    public RequestCorrectionValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(RecordCorrection.ReasonMaxLength);
        RuleFor(c => c.Items).NotEmpty().Must(i => i is null || i.Count <= RecordFields.MaxItems);
        RuleForEach(c => c.Items).NotNull().SetValidator(new RecordItemInputValidator());
    }
}
