namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// <c>Draws:SecretKey</c>: the base64 AES-256 key (32 bytes) that encrypts each draw's secret until its reveal. Not set:
/// a generated key kept in the data folder (<c>data/draw-secret.key</c>). Set but not 32 bytes of base64: the start fails.
/// </summary>
public sealed class DrawSecretKeyOptions
{
    public const string SectionName = "Draws";

    public const int KeyBytes = 32;

    public const string Invalid = "Draws:SecretKey must be base64 of exactly 32 bytes (an AES-256 key), or unset for a generated key.";

    public string? SecretKey { get; set; }

    public bool IsValid() => KeyMaterial.IsAbsentOrValid(SecretKey, length => length == KeyBytes);

    /// <summary>The configured key, or the generated one under <paramref name="contentRoot"/>.</summary>
    public byte[] KeyUnder(string contentRoot) =>
        !IsValid() ? throw new InvalidOperationException(Invalid)
        : KeyMaterial.Decode(SecretKey) ?? KeyMaterial.ReadOrCreateFile(Path.Combine(contentRoot, "data", "draw-secret.key"));
}
