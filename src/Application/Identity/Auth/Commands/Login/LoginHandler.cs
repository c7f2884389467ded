using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Commands.Login;

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
