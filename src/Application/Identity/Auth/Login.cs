using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;
using Mediator;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>Signs in with a user name and password.</summary>
public sealed record LoginCommand(string? UserName, string? Password) : ICommand<TokenResponse>;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(Domain.Identity.User.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class LoginHandler(IApplicationDbContext db, CredentialVerifier verifier, TokenService tokens, TimeProvider clock)
    : ICommandHandler<LoginCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var user = await verifier.VerifyAsync(command.UserName!, command.Password!, cancellationToken);
        user.RecordLogin(clock.GetUtcNow().UtcDateTime);
        var (response, _) = tokens.Issue(user, Guid.CreateVersion7());
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
