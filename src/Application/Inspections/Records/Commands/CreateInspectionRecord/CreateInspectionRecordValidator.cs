using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Records.Commands.CreateInspectionRecord;

public sealed class CreateInspectionRecordValidator : AbstractValidator<CreateInspectionRecordCommand>
{
    public CreateInspectionRecordValidator(TimeProvider clock)
    {
        RuleFor(c => c.TargetCode).NotEmpty().MaximumLength(Target.CodeMaxLength);
        this.AddRecordRules(clock);
    }
}
