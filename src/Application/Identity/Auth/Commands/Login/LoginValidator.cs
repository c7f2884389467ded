using FluentValidation;

namespace DoubleRandom.Application.Identity.Auth.Commands.Login;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(Domain.Identity.User.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}
