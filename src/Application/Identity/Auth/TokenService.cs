using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>Issues an access token and a refresh token of the given family (a new family at sign-in).</summary>
public sealed class TokenService(IApplicationDbContext db, IAccessTokenIssuer issuer, SecurityOptions options, TimeProvider clock)
{
    public (TokenResponse Response, RefreshToken Stored) Issue(User user, Guid familyId)
    {
        var refresh = Secrets.NewRefreshToken();
        var stored = RefreshToken.Issue(user, familyId, Secrets.HashToken(refresh), clock.GetUtcNow().UtcDateTime, options.RefreshTokenLifetime);
        db.RefreshTokens.Add(stored);
        var access = issuer.Issue(user, familyId);
        var response = new TokenResponse(
            access.Token, "Bearer", (int)options.AccessTokenLifetime.TotalSeconds, access.ExpiresAtUtc, refresh,
            user.MustChangePassword, user.ToDto());
        return (response, stored);
    }
}
