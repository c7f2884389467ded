using System.Security.Cryptography;
using DoubleRandom.Application.Draws;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// AES-256-GCM for s at rest, with the draw id as associated data so a ciphertext cannot be moved to another
/// draw. The key comes from <see cref="DrawSecretKeyOptions"/>: <c>Draws:SecretKey</c> (base64, 32 bytes), or without
/// it a generated key kept in the data folder, as for the token signing key. Losing the key makes unrevealed draws
/// unrevealable: back it up.
/// </summary>
public sealed class DrawSecretProtector(byte[] key) : IDrawSecretProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

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
