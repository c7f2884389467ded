using System.Security.Cryptography;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Files whose first bytes are what they claim (the rest random): what the service's sniffing sees.</summary>
internal static class EvidenceBytes
{
    public static byte[] Jpeg(int size = 2048) => With([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00], size);

    public static byte[] Mp4(int size) => With([0x00, 0x00, 0x00, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0], size);

    public static byte[] Pdf(int size = 2048) => With("%PDF-1.7\n"u8.ToArray(), size);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] With(byte[] head, int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
