using System.Security.Cryptography;
using DoubleRandom.Application.Draws.Snapshots;
using Microsoft.Extensions.Configuration;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// AES-256-GCM for s at rest, with the draw id as associated data so a ciphertext cannot be moved to another
/// draw. The key is <c>Draws:SecretKey</c> (base64, 32 bytes); without it, a generated key is kept in the data
/// folder, as for the token signing key. Losing the key makes unrevealed draws unrevealable: back it up.
/// </summary>
public sealed class DrawSecretProtector(byte[] key) : IDrawSecretProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static DrawSecretProtector FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Draws:SecretKey"] is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length == 32 ? new DrawSecretProtector(bytes) : throw new InvalidOperationException("Draws:SecretKey must be 32 bytes (base64).");
        }

        var path = Path.Combine(contentRoot, "data", "draw-secret.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            // Written aside and moved in, so a second process starting at the same moment never reads half a key.
            var temporary = $"{path}.{Guid.NewGuid():N}";
            File.WriteAllText(temporary, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temporary);
            }
        }

        return new DrawSecretProtector(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    public byte[] Protect(ReadOnlySpan<byte> secret, Guid drawId)
    {
        var output = new byte[NonceSize + secret.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, secret, output.AsSpan(NonceSize, secret.Length), output.AsSpan(NonceSize + secret.Length), drawId.ToByteArray());
        return output;
    }

    public byte[] Unprotect(byte[] protectedSecret, Guid drawId)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        var length = protectedSecret.Length - NonceSize - TagSize;
        var secret = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(protectedSecret.AsSpan(0, NonceSize), protectedSecret.AsSpan(NonceSize, length),
            protectedSecret.AsSpan(NonceSize + length), secret, drawId.ToByteArray());
        return secret;
    }
}
