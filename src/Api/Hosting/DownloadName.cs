using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Time;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The one way a download is named: <c>Content-Disposition: attachment; filename="&lt;ASCII&gt;"; filename*=UTF-8''&lt;Chinese&gt;</c>
/// (RFC 6266, RFC 5987). The ASCII name is for old clients; browsers save under the Chinese one.
/// </summary>
public static class DownloadName
{
    /// <summary>Longest part taken from user text (a task name, an uploaded file's name), in characters as a person counts them.</summary>
    public const int MaxPartLength = 40;

    /// <summary>Sets the header on the response; the file result is then built without a download name.</summary>
    public static void Set(HttpResponse response, string asciiName, string chineseName) =>
        response.Headers.ContentDisposition = Header(asciiName, chineseName);

    public static string Header(string asciiName, string chineseName) =>
        $"attachment; filename=\"{Ascii(asciiName)}\"; filename*=UTF-8''{Uri.EscapeDataString(Part(chineseName, MaxPartLength * 3))}";

    /// <summary>
    /// User text made safe inside a file name: no control characters, path separators, quotes or characters Windows
    /// refuses; runs of spaces become one; at most <paramref name="max"/> characters; "未命名" when nothing is left.
    /// </summary>
    public static string Part(string? text, int max = MaxPartLength)
    {
        var builder = new StringBuilder();
        foreach (var rune in (text ?? string.Empty).EnumerateRunes())
        {
            var unsafeChar = Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                || (rune.IsAscii && "/\\\"'<>:|?*".Contains((char)rune.Value, StringComparison.Ordinal));
            var next = unsafeChar || Rune.IsWhiteSpace(rune) ? " " : rune.ToString();
            if (next != " " || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(next);
            }
        }

        var cleaned = builder.ToString().Trim(' ', '.');
        var elements = StringInfo.GetTextElementEnumerator(cleaned);
        var capped = new StringBuilder();
        for (var count = 0; count < max && elements.MoveNext(); count++)
        {
            capped.Append(elements.GetTextElement());
        }

        var result = capped.ToString().TrimEnd(' ', '.');
        return result.Length == 0 ? "未命名" : result;
    }

    /// <summary>A day as it is read in China (Asia/Shanghai), for file names: <c>20261207</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Today in Asia/Shanghai, for file names.</summary>
    public static string Today(TimeProvider clock) => Day(clock.Today());

    /// <summary>The ASCII fallback keeps letters, digits, '.', '-' and '_'; anything else becomes '_'.</summary>
    private static string Ascii(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        var result = new string(chars).Trim('.');
        return result.Length == 0 ? "download" : result;
    }
}
