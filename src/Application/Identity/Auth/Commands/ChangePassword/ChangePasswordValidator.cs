using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Identity.Auth.Commands.ChangePassword;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator(SecurityOptions options)
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(c => c.NewPassword).Password(options)
            .NotEqual(c => c.CurrentPassword).WithMessage(_ => Text.Of("新密码不能与当前密码相同", "The new password must differ from the current one."));
    }
}
