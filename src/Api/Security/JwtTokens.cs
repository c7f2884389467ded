using System.Security.Claims;
using System.Security.Cryptography;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Application.Identity;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Domain.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DoubleRandom.Api.Security;

/// <summary>The HMAC-SHA256 key that signs access tokens, and the fixed issuer and audience.</summary>
public sealed class JwtSigning(SymmetricSecurityKey key)
{
    public const string Issuer = "doublerandom";
    public const string Audience = "doublerandom-api";
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    public SymmetricSecurityKey Key { get; } = key;

    /// <summary>
    /// <c>Auth:SigningKey</c> (base64, at least 32 bytes) when configured; otherwise a random key kept in the data
    /// folder so tokens survive a restart of the embedded demo. Production configures one key for every instance.
    /// </summary>
    public static JwtSigning FromConfiguration(IConfiguration configuration, string contentRoot, bool persist)
    {
        byte[] bytes;
        if (configuration["Auth:SigningKey"] is { Length: > 0 } configured)
        {
            bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes (base64).");
            }
        }
        else if (persist)
        {
            var path = Path.Combine(contentRoot, "data", "jwt-signing.key");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }

            bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        else
        {
            bytes = RandomNumberGenerator.GetBytes(32);
        }

        return new JwtSigning(new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key,
        ValidAlgorithms = [Algorithm],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "name",
        RoleClaimType = "role",
    };
}

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
