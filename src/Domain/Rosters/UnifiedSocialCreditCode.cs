namespace DoubleRandom.Domain.Rosters;

/// <summary>
/// 统一社会信用代码, GB 32100-2015: 18 characters from 0-9 and the capitals without I O S V Z;
/// positions 3–8 the GB/T 2260 division; position 18 a check character over the first 17.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Character → its value (its position in <see cref="Charset"/>), -1 outside the alphabet.</summary>
    private static readonly sbyte[] Values = BuildValues();

    /// <summary>The value of a character of the alphabet, -1 for any other character.</summary>
    public static int ValueOf(char c) => c < Values.Length ? Values[c] : -1;

    /// <summary>Null when the code is valid; otherwise the first failure, in reading order.</summary>
    public static CodeFailure? Check(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return new CodeFailure(CodeFailureKind.Empty);
        }

        if (code.Length != Length)
        {
            return new CodeFailure(CodeFailureKind.WrongLength, Length: code.Length);
        }

        for (var i = 0; i < Length; i++)
        {
            if (ValueOf(code[i]) < 0)
            {
                return new CodeFailure(CodeFailureKind.CharacterNotAllowed, i + 1, code[i]);
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return new CodeFailure(CodeFailureKind.RegionNotDigits, i + 1, code[i]);
            }
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, 17));
        return code[17] == expected ? null : new CodeFailure(CodeFailureKind.CheckCharacter, 18, code[17], expected);
    }

    /// <summary>Σ value×weight over positions 1–17; check = 31 − (Σ mod 31), with 31 written as 0.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("The check character is computed over 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a GB 32100 character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
        }

        return values;
    }
}
