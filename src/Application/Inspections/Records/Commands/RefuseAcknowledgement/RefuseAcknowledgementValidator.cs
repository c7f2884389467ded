using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Records.Commands.RefuseAcknowledgement;

public sealed class RefuseAcknowledgementValidator : AbstractValidator<RefuseAcknowledgementCommand>
{
    public RefuseAcknowledgementValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(InspectionRecord.RefusalReasonMaxLength);
        RuleFor(c => c.Witnesses)
            .Must(w => w is not null && w.Where(x => x is not null).Select(x => ((x.Name ?? string.Empty).Trim(), (x.Identity ?? string.Empty).Trim()))
                .Distinct().Count() >= InspectionRecord.MinimumWitnesses)
            .WithMessage(_ => Text.Of(
                $"拒绝签字须有至少 {InspectionRecord.MinimumWitnesses} 名不同的见证人（姓名和身份）",
                $"A refusal to sign needs at least {InspectionRecord.MinimumWitnesses} distinct witnesses (name and identity)."))
            .Must(w => w is null || w.Count <= InspectionRecord.MaximumWitnesses)
            .WithMessage(_ => Text.Of($"见证人不能超过 {InspectionRecord.MaximumWitnesses} 名", $"At most {InspectionRecord.MaximumWitnesses} witnesses."));
        RuleForEach(c => c.Witnesses).NotNull().SetValidator(new WitnessInputValidator());
    }
}
