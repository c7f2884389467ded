using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Auditing;
using FluentValidation;

namespace DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;

public sealed class RedactAuditEntryValidator : AbstractValidator<RedactAuditEntryCommand>
{
    public RedactAuditEntryValidator()
    {
        RuleFor(c => c.Sequence).GreaterThan(0);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(AuditRedaction.ReasonMaxLength)
            .Must(r => r is null || (r == r.Trim() && !r.Any(char.IsControl)))
            .WithMessage(_ => Text.Of(
                "须写明删除依据（法律依据），首尾不能有空白，且不能包含控制字符",
                "State the legal ground for the redaction, without leading or trailing white space or control characters"));
    }
}
