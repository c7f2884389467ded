using System.Buffers;

namespace DoubleRandom.Domain.Drawing;

/// <summary>DR1 §1 limits. They keep every sum of weights exact in 64-bit integers and in binary64.</summary>
public static class Dr1Limits
{
    public const int MaxTokenLength = 64;
    public const int MinWeight = 1;
    public const int MaxWeight = 1_000_000;
    public const int MaxTargets = 1 << 26;
    public const int MaxRatioBp = 10_000;

    private static readonly SearchValues<char> TokenCharacters =
        SearchValues.Create("-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<byte> TokenBytes =
        SearchValues.Create("-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>The same rule on UTF-8 bytes (a token is ASCII).</summary>
    public static bool IsToken(ReadOnlySpan<byte> value) =>
        !value.IsEmpty && value.Length <= MaxTokenLength && !value.ContainsAnyExcept(TokenBytes);

    /// <summary>Codes, ids, units, departments and stratum keys all match <c>[0-9A-Za-z._:-]{1,64}</c>.</summary>
    public static bool IsToken(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxTokenLength && !value.AsSpan().ContainsAnyExcept(TokenCharacters);
}
