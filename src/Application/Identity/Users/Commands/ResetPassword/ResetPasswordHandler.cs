using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Identity.Auth;
using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.ResetPassword;

public sealed class ResetPasswordHandler(IApplicationDbContext db, IPasswordHasher hasher, AccessTokenSessions sessions, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, TemporaryPasswordDto>
{
    public async ValueTask<TemporaryPasswordDto> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await db.GetUserAsync(command.Id, cancellationToken);
        var temporary = Secrets.NewTemporaryPassword();
        var now = clock.GetUtcNow().UtcDateTime;
        user.ResetPassword(hasher.Hash(temporary), now);
        await db.RevokeAsync(t => t.UserId == user.Id, now, "password-reset", cancellationToken);
        await db.ClearSignInDelaysAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        sessions.ForgetUser(user.Id);
        return new TemporaryPasswordDto(user.Id, temporary);
    }
}
