using System.Security.Cryptography;
using DoubleRandom.Infrastructure;
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
    /// The configured <c>Auth:SigningKey</c>; otherwise a random key, kept in the data folder when
    /// <paramref name="persist"/> (the embedded demo) so tokens survive a restart.
    /// </summary>
    public static JwtSigning From(SigningKeyOptions options, string contentRoot, bool persist)
    {
        var bytes = !options.IsValid() ? throw new InvalidOperationException(SigningKeyOptions.Invalid)
            : KeyMaterial.Decode(options.SigningKey)
                ?? (persist ? KeyMaterial.ReadOrCreateFile(Path.Combine(contentRoot, "data", "jwt-signing.key")) : RandomNumberGenerator.GetBytes(32));
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
