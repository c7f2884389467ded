using System.Security.Claims;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Application.Identity;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Domain.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DoubleRandom.Api.Security;

/// <summary>
/// Issues the access token: who (sub, name), what (roles), where (unit), whether a password change is pending, and
/// what every request checks it against (<see cref="AccessTokenSessions"/>): the sign-in (sid) and a digest of the
/// user's security stamp (sst).
/// </summary>
public sealed class JwtAccessTokenIssuer(JwtSigning signing, SecurityOptions options) : IAccessTokenIssuer
{
    public const string SessionClaim = "sid";
    public const string StampClaim = "sst";

    public AccessToken Issue(User user, Guid sessionId)
    {
        // The bearer handler checks lifetimes against the system clock, so tokens are stamped by the same clock
        // (not the application's TimeProvider, which tests and replays may set elsewhere).
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var expires = now + options.AccessTokenLifetime;
        var claims = new List<Claim>
        {
            new("sub", user.Id.ToString()),
            new("name", user.UserName),
            new("jti", Guid.NewGuid().ToString("N")),
            new(SessionClaim, sessionId.ToString()),
            new(StampClaim, AccessTokenSessions.StampDigest(user.SecurityStamp)),
        };
        claims.AddRange(user.Roles.Select(r => new Claim("role", r)));
        if (user.UnitId is { } unit)
        {
            claims.Add(new Claim(HttpCurrentActor.UnitClaim, unit.ToString()));
        }

        if (user.MustChangePassword)
        {
            claims.Add(new Claim(PasswordChangeGate.Claim, "true"));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtSigning.Issuer,
            Audience = JwtSigning.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signing.Key, JwtSigning.Algorithm),
        });
        return new AccessToken(token, expires);
    }
}
