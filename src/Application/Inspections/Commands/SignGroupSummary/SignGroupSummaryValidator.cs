using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Commands.SignGroupSummary;

public sealed partial class SignGroupSummaryValidator : AbstractValidator<SignGroupSummaryCommand>
{
    public SignGroupSummaryValidator()
    {
        RuleFor(c => c.GroupNumber).InclusiveBetween(1, SummaryLimits.MaxGroupNumber);
        RuleFor(c => c.ContentSha256).NotEmpty().Length(SummarySignature.Sha256HexLength)
            .Matches(Sha256Hex()).WithMessage(_ => Text.Of("须为 64 位十六进制的 SHA-256", "Must be a SHA-256 as 64 hexadecimal digits."));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial System.Text.RegularExpressions.Regex Sha256Hex();
}
