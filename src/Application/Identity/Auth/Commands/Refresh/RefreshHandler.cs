using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Auth.Commands.Refresh;

/// <summary>
/// Rotation with reuse detection: a revoked token that comes back means someone holds a copy, so the whole sign-in
/// ends. Two tabs of one browser refreshing at once present the same token twice, though; the token rotated less
/// than <see cref="SecurityOptions.RefreshReuseGraceSeconds"/> ago may therefore be traded once more (for a fresh
/// pair of the same sign-in). A third use, a use after the grace, or any use after the sign-in ended is a replay.
/// </summary>
public sealed class RefreshHandler(IApplicationDbContext db, TokenService tokens, AccessTokenSessions sessions, SecurityOptions options, TimeProvider clock)
    : ICommandHandler<RefreshCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        // A lost race (another request rotated the token, or spent its grace use, first) is decided again on
        // what the winner saved: the second use of a just-rotated token, or a replay.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RefreshAsync(Secrets.HashToken(command.RefreshToken!), cancellationToken);
            }
            catch (ConflictException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
            catch (ConflictException)
            {
                db.ChangeTracker.Clear();
                throw Rejected("refresh-token-reused");
            }
        }
    }

    private async Task<TokenResponse> RefreshAsync(string hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw Rejected("invalid-refresh-token");

        var rotated = token.RevokedAtUtc is not null;
        if (rotated)
        {
            if (!token.MayBeReusedAt(now, TimeSpan.FromSeconds(options.RefreshReuseGraceSeconds)) || await EndedAsync(token.FamilyId, cancellationToken))
            {
                // A rotated token came back: someone holds a copy. End the whole sign-in.
                await db.RevokeAsync(t => t.FamilyId == token.FamilyId, now, "reuse-detected", cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                sessions.ForgetSession(token.FamilyId);
                throw Rejected("refresh-token-reused");
            }

            token.UseGrace(now);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (token.ExpiresAtUtc <= now || user is null || user.IsDisabled || user.SecurityStamp != token.SecurityStamp)
        {
            token.Revoke(now, "invalid");
            await db.SaveChangesAsync(cancellationToken);
            throw Rejected("invalid-refresh-token");
        }

        var (response, next) = tokens.Issue(user, token.FamilyId);
        if (!rotated)
        {
            token.Revoke(now, RefreshToken.RotatedReason, next.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    /// <summary>Whether the sign-in ended (logout, reuse detection, password change, disabling).</summary>
    private Task<bool> EndedAsync(Guid familyId, CancellationToken cancellationToken) =>
        db.RefreshTokens.AnyAsync(t => t.FamilyId == familyId && t.RevokedAtUtc != null && t.RevokedReason != RefreshToken.RotatedReason, cancellationToken);

    private static AuthenticationFailedException Rejected(string code) =>
        new(code, Text.Of("刷新令牌无效或已失效，请重新登录", "The refresh token is invalid or no longer valid; sign in again."));
}
