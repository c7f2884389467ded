using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Inspections.Evidence;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.CreateUpload;

public sealed class CreateUploadValidator : AbstractValidator<CreateUploadCommand>
{
    public CreateUploadValidator(EvidenceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        RuleFor(c => c.TaskId).NotEmpty();
        RuleFor(c => c.TargetCode).TargetCode();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Sha256).Must(IsSha256)
            .WithMessage(_ => Text.Of("sha256 应为 64 位十六进制的 SHA-256", "sha256 is a SHA-256 in 64 hex digits."));
        RuleFor(c => c.Length).GreaterThan(0).LessThanOrEqualTo(limits.MaxResumableBytes).WithName("Upload-Length")
            .OverridePropertyName("Upload-Length");
        RuleFor(c => c.Latitude).Latitude();
        RuleFor(c => c.Longitude).Longitude();
        RuleFor(c => c.Latitude).Must((c, _) => EvidenceFieldRules.Paired(c.Latitude, c.Longitude)).WithMessage(_ => EvidenceFieldRules.CoordinatesPaired);
    }

    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);
}
