using DoubleRandom.Domain.Identity;
using FluentValidation;

namespace DoubleRandom.Application.Identity.Users.Commands.CreateUser;

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(SecurityOptions options)
    {
        RuleFor(c => c.UserName).NotEmpty().Length(3, User.UserNameMaxLength).Matches("^[A-Za-z0-9._-]+$");
        this.AddProfileRules(c => c.DisplayName, c => c.Roles);
        RuleFor(c => c.Password).Password(options).When(c => c.Password is not null);
    }
}
