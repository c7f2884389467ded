using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;

/// <summary>The reason; the items are checked once, by the record's own rules on its visit (<see cref="CorrectionContentValidator"/>, in the handler).</summary>
public sealed class RequestCorrectionValidator : AbstractValidator<RequestCorrectionCommand>
{
    public RequestCorrectionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(RecordCorrection.ReasonMaxLength);
}
