using FluentValidation;

namespace DoubleRandom.Application.Inspections.Evidence.Commands.UploadEvidence;

public sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidenceCommand>
{
    public UploadEvidenceValidator()
    {
        RuleFor(c => c.TaskId).NotEmpty();
        RuleFor(c => c.TargetCode).TargetCode();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Latitude).Latitude();
        RuleFor(c => c.Longitude).Longitude();
        RuleFor(c => c.Latitude).Must((c, _) => EvidenceFieldRules.Paired(c.Latitude, c.Longitude)).WithMessage(_ => EvidenceFieldRules.CoordinatesPaired);
    }
}
