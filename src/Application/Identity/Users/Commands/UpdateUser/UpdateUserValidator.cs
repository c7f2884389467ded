using FluentValidation;

namespace DoubleRandom.Application.Identity.Users.Commands.UpdateUser;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator() => this.AddProfileRules(c => c.DisplayName, c => c.Roles);
}
