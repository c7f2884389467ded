using System.Security.Cryptography;

namespace DoubleRandom.Application.Identity;

/// <summary>Random secrets for refresh tokens and temporary passwords, and how they are stored.</summary>
public static class Secrets
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!#%*+-=?@_";

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewRefreshToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Only the hash is stored, so a stolen database yields no usable token.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>16 characters from all four classes, without look-alikes (0/O, 1/l/I).</summary>
    public static string NewTemporaryPassword()
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[16];
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
