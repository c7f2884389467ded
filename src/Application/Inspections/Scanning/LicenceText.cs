using System.Text;
using System.Text.RegularExpressions;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Inspections.Scanning;

/// <summary>
/// Finds the unified social credit code (GB 32100) and the name in what was read from a business licence: the text of
/// its QR code (a URL of the publicity system with the code in a parameter or the path) or the OCR text of the photo.
/// OCR confusions (O→0, I/l→1, S→5, Z→2; B→8, G→6, D/Q→0 in the all-digit division code) are corrected only where the
/// corrected code's check character then holds: a correction never invents a valid-looking code the check refutes.
/// </summary>
public static partial class LicenceText
{
    private const int Length = UnifiedSocialCreditCode.Length;

    /// <summary>What OCR leaves around a value: separators, quotes and specks read as punctuation.</summary>
    private static readonly char[] NoiseAround = [' ', ':', '：', '.', '。', '·', '|', '_', '-', '"', '\'', '”', '“', '‘', '’', ',', '，', '、'];

    /// <summary>The code in a QR code's text: a valid 18-character run, or a named parameter's value even if invalid.</summary>
    public static LicenceCodeReading? CodeFromQr(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var upper = text.ToUpperInvariant();
        var runs = AlphanumericRun().Matches(upper).Select(m => m.Value).ToArray();
        var exact = runs.Where(r => r.Length == Length).ToArray();
        if (exact.FirstOrDefault(r => UnifiedSocialCreditCode.Check(r) is null) is { } valid)
        {
            return new LicenceCodeReading(valid, true);
        }

        foreach (var run in runs.Where(r => r.Length > Length))
        {
            for (var i = 0; i + Length <= run.Length; i++)
            {
                var window = run.Substring(i, Length);
                if (UnifiedSocialCreditCode.Check(window) is null)
                {
                    return new LicenceCodeReading(window, true);
                }
            }
        }

        return NamedParameter().Match(text) is { Success: true } named
            ? new LicenceCodeReading(named.Groups["code"].Value.ToUpperInvariant(), false)
            : null;
    }

    /// <summary>
    /// The code in OCR text: lines naming the code (统一社会信用代码, 信用代码) and the line after them first, then any
    /// other line. The first 18-character window of a run of letters and digits whose check character holds (after the
    /// corrections) wins: runs may carry misread neighbours (a label read as Latin letters); a chance hit is unlikely, as
    /// positions 3–8 must be digits and the check must hold. Without one, an 18-character run of the labelled lines is
    /// returned as read, marked invalid.
    /// </summary>
    public static LicenceCodeReading? CodeFromOcr(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = Lines(text);
        var labelled = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("信用代码", StringComparison.Ordinal) || lines[i].Contains("代码", StringComparison.Ordinal))
            {
                labelled.Add(i);
                if (i + 1 < lines.Length)
                {
                    labelled.Add(i + 1);
                }
            }
        }

        var order = labelled.Distinct().Concat(Enumerable.Range(0, lines.Length).Where(i => !labelled.Contains(i))).ToArray();
        foreach (var i in order)
        {
            foreach (var run in AlphanumericRun().Matches(Compact(lines[i])).Select(m => m.Value))
            {
                for (var start = 0; start + Length <= run.Length; start++)
                {
                    if (Corrected(run.AsSpan(start, Length)) is { } code)
                    {
                        return new LicenceCodeReading(code, true);
                    }
                }
            }
        }

        var asRead = labelled.Distinct()
            .SelectMany(i => AlphanumericRun().Matches(Compact(lines[i])).Select(m => m.Value))
            .FirstOrDefault(r => r.Length == Length);
        return asRead is null ? null : new LicenceCodeReading(asRead, false);
    }

    /// <summary>The name: what follows 名称 (also spaced, 名 称, or with 名 misread) on its line, or the next line when nothing does.</summary>
    public static string? NameFromOcr(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            var label = NameLabel().Match(lines[i]);
            if (!label.Success)
            {
                continue;
            }

            var rest = Clean(lines[i][(label.Index + label.Length)..]);
            if (rest.Length == 0 && i + 1 < lines.Length)
            {
                rest = Clean(lines[i + 1]);
            }

            if (rest.Length > 0)
            {
                return rest.Length > Target.NameMaxLength ? rest[..Target.NameMaxLength] : rest;
            }
        }

        return null;
    }

    /// <summary>
    /// The window with the corrections applied, when its check character holds; null otherwise. Letters the alphabet
    /// lacks are replaced by their look-alike digits; positions 3–8 must be digits, so letters there are too.
    /// </summary>
    internal static string? Corrected(ReadOnlySpan<char> window)
    {
        Span<char> fixedCode = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            var c = window[i];
            var division = i is >= 2 and < 8;
            fixedCode[i] = c switch
            {
                'O' => '0',
                'I' => '1',
                'S' => '5',
                'Z' => '2',
                'B' when division => '8',
                'G' when division => '6',
                'D' or 'Q' when division => '0',
                _ => c,
            };
        }

        var code = new string(fixedCode);
        return UnifiedSocialCreditCode.Check(code) is null ? code : null;
    }

    /// <summary>Lines with full-width forms made ASCII, lower-case look-alikes made digits and spaces between CJK characters dropped.</summary>
    private static string[] Lines(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => CjkSpace().Replace(l, string.Empty))
            .ToArray();
    }

    /// <summary>A line without spaces, in capitals, with o/l/i/s/z as the digits they stand for in a code.</summary>
    private static string Compact(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                'o' => '0',
                'l' or 'i' => '1',
                's' => '5',
                'z' => '2',
                _ => char.ToUpperInvariant(c),
            });
        }

        return builder.ToString();
    }

    private static string Clean(string value) => value.Trim(NoiseAround).Trim();

    [GeneratedRegex("[0-9A-Z]+", RegexOptions.CultureInvariant)]
    private static partial Regex AlphanumericRun();

    [GeneratedRegex(@"(?:uniscid|creditcode|credit_code|code)=(?<code>[0-9A-Za-z]{18})(?![0-9A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedParameter();

    /// <summary>名称, also spaced, or 称 after at most two characters at the start of a line (名 alone is often misread).</summary>
    [GeneratedRegex(@"名\s*称|^\S{0,2}\s*称", RegexOptions.CultureInvariant)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(?<=[^\x00-\x7F])\s+(?=[^\x00-\x7F])", RegexOptions.CultureInvariant)]
    private static partial Regex CjkSpace();
}
