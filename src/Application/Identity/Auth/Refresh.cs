using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>Trades a refresh token for a new access token and a new refresh token (rotation).</summary>
public sealed record RefreshCommand(string? RefreshToken) : ICommand<TokenResponse>;

public sealed class RefreshValidator : AbstractValidator<RefreshCommand>
{
    public RefreshValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class RefreshHandler(IApplicationDbContext db, TokenService tokens, TimeProvider clock)
    : ICommandHandler<RefreshCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Secrets.HashToken(command.RefreshToken!);
        var token = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw Rejected("invalid-refresh-token");

        if (token.RevokedAtUtc is not null)
        {
            // A rotated token came back: someone holds a copy. End the whole sign-in.
            await db.RevokeAsync(t => t.FamilyId == token.FamilyId, now, "reuse-detected", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            throw Rejected("refresh-token-reused");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (!token.IsActiveAt(now) || user is null || user.IsDisabled || user.SecurityStamp != token.SecurityStamp)
        {
            token.Revoke(now, "invalid");
            await db.SaveChangesAsync(cancellationToken);
            throw Rejected("invalid-refresh-token");
        }

        var (response, next) = tokens.Issue(user, token.FamilyId);
        token.Revoke(now, "rotated", next.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // Two refreshes with one token raced; the loser is treated as a replay.
            throw Rejected("refresh-token-reused");
        }

        return response;
    }

    private static AuthenticationFailedException Rejected(string code) =>
        new(code, Text.Of("刷新令牌无效或已失效，请重新登录", "The refresh token is invalid or no longer valid; sign in again."));
}
