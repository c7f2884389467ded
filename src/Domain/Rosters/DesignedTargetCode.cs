namespace DoubleRandom.Domain.Rosters;

/// <summary>
/// Codes of targets that have no credit code (§3.2.3): <c>PRD-</c> product, <c>PRJ-</c> project,
/// <c>BHV-</c> behaviour, then the six-digit division of the responsible area and a sequence of 1–12
/// digits, e.g. <c>PRD-640104-000123</c>. All within DR1's code alphabet.
/// </summary>
public static class DesignedTargetCode
{
    public static string PrefixOf(TargetKind kind) => kind switch
    {
        TargetKind.Product => "PRD",
        TargetKind.Project => "PRJ",
        TargetKind.Behaviour => "BHV",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind uses a unified social credit code."),
    };

    public static string Format(TargetKind kind, string regionCode, long sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{PrefixOf(kind)}-{regionCode}-{sequence:D6}");

    public static CodeFailure? Check(TargetKind kind, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return new CodeFailure(CodeFailureKind.Empty);
        }

        var prefix = PrefixOf(kind) + "-";
        if (!code.StartsWith(prefix, StringComparison.Ordinal))
        {
            return new CodeFailure(CodeFailureKind.WrongPrefix);
        }

        var rest = code.AsSpan(prefix.Length);
        var ok = rest.Length is >= 8 and <= 19 && rest[6] == '-'
            && IsDigits(rest[..6]) && IsDigits(rest[7..]);
        return ok ? null : new CodeFailure(CodeFailureKind.WrongFormat);
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
