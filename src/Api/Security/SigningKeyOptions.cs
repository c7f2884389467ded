using DoubleRandom.Infrastructure;

namespace DoubleRandom.Api.Security;

/// <summary>
/// <c>Auth:SigningKey</c>: the base64 HMAC-SHA256 key (at least 32 bytes) that signs access tokens; production configures
/// one key for every instance. Not set: a random key, kept in the data folder (<c>data/jwt-signing.key</c>) by the
/// embedded run so tokens survive a restart. Set but not base64 of at least 32 bytes: the start fails.
/// </summary>
public sealed class SigningKeyOptions
{
    public const string SectionName = "Auth";

    public const int MinimumBytes = 32;

    public const string Invalid = "Auth:SigningKey must be base64 of at least 32 bytes, or unset for a generated key.";

    public string? SigningKey { get; set; }

    public bool IsValid() => KeyMaterial.IsAbsentOrValid(SigningKey, length => length >= MinimumBytes);
}
