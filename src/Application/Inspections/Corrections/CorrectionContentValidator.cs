using DoubleRandom.Application.Inspections.Records;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>The record's own rules, applied to a correction's results on the record's visit.</summary>
public sealed class CorrectionContentValidator : AbstractValidator<CorrectionContent>
{
    public CorrectionContentValidator(TimeProvider clock) => this.AddRecordRules(clock);
}
