using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Commands.ChangePassword;

public sealed class ChangePasswordHandler(IApplicationDbContext db, ICurrentActor actor, CredentialVerifier verifier, IPasswordHasher hasher, TokenService tokens, AccessTokenSessions sessions, TimeProvider clock)
    : ICommandHandler<ChangePasswordCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var current = await db.CurrentUserAsync(actor, cancellationToken);
        var user = await verifier.VerifyAsync(current.UserName, command.CurrentPassword!, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        user.ChangePassword(hasher.Hash(command.NewPassword!), now);
        await db.RevokeAsync(t => t.UserId == user.Id, now, "password-changed", cancellationToken);
        var (response, _) = tokens.Issue(user, Guid.CreateVersion7());
        await db.SaveChangesAsync(cancellationToken);
        sessions.ForgetUser(user.Id);
        return response;
    }
}
