using FluentValidation;

namespace DoubleRandom.Application.Inspections.Records.Commands.ReviseInspectionRecord;

public sealed class ReviseInspectionRecordValidator : AbstractValidator<ReviseInspectionRecordCommand>
{
    public ReviseInspectionRecordValidator(TimeProvider clock) => this.AddRecordRules(clock);
}
