using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Auth.Commands.Logout;

public sealed class LogoutHandler(IApplicationDbContext db, ICurrentActor actor, AccessTokenSessions sessions, TimeProvider clock)
    : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        // Ends the sign-in of the posted refresh token and the one the access token itself belongs to (a wrong or
        // stale refresh token must not leave the caller's own access token alive).
        var hash = Secrets.HashToken(command.RefreshToken!);
        var token = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.UserId == actor.UserId, cancellationToken);
        var families = new HashSet<Guid>();
        if (token is not null)
        {
            families.Add(token.FamilyId);
        }

        if (actor.SessionId is { } session)
        {
            families.Add(session);
        }

        foreach (var family in families)
        {
            await db.RevokeAsync(t => t.FamilyId == family && t.UserId == actor.UserId, clock.GetUtcNow().UtcDateTime, "logout", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var family in families)
        {
            sessions.ForgetSession(family);
        }

        return Unit.Value;
    }
}
