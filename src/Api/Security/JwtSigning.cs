using System.Security.Cryptography;
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
