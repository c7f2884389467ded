using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>DR1 §4–§5: the commitment, the digests of P and E, and the seed K.</summary>
public static class Dr1Hashes
{
    public const int SecretLength = 32;

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>C = hex(H("DR1/commit" ‖ s)).</summary>
    public static string Commitment(ReadOnlySpan<byte> secret)
    {
        Span<byte> message = stackalloc byte[10 + SecretLength];
        "DR1/commit"u8.CopyTo(message);
        if (secret.Length != SecretLength)
        {
            throw new ArgumentException("The DR1 secret is 32 bytes.", nameof(secret));
        }

        secret.CopyTo(message[10..]);
        return Hex(SHA256.HashData(message));
    }

    public static string ParamsDigest(Dr1Parameters parameters) =>
        Sha256Hex(Dr1ParametersJson.Canonical(parameters));

    public static string EntropyDigest(string entropy) => Sha256Hex(entropy);

    /// <summary>K = HMAC(s, "DR1/seed|" + params + "|" + targets + "|" + officers + "|" + recusals + "|" + entropy).</summary>
    public static byte[] Seed(ReadOnlySpan<byte> secret, Dr1Digests digests)
    {
        ArgumentNullException.ThrowIfNull(digests);
        var message = string.Join(
            '|', "DR1/seed", digests.Params, digests.Targets, digests.Officers, digests.Recusals, digests.Entropy);
        return HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(message));
    }

    internal static string Sha256Hex(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
