using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Validation;

namespace DoubleRandom.Api.Requests;

/// <summary>
/// tus headers read strictly: <c>Upload-Metadata</c> (comma-separated <c>key base64value</c> pairs, values UTF-8),
/// <c>Upload-Length</c>, <c>Upload-Offset</c>, <c>Upload-Checksum</c>. Anything malformed, too long, or holding U+0000
/// is a 400 naming the header or the metadata key; nothing is written.
/// </summary>
public static class TusMetadata
{
    public const string Header = "Upload-Metadata";

    /// <summary>The whole header; far more than the keys the service reads need.</summary>
    public const int MaxHeaderLength = 4096;

    /// <summary>One decoded value.</summary>
    public const int MaxValueLength = 1024;

    public static Dictionary<string, string> Parse(string? header)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(header))
        {
            return values;
        }

        if (header.Length > MaxHeaderLength)
        {
            throw RequestValidationException.ForField(Header, Text.Of($"Upload-Metadata 不能超过 {MaxHeaderLength} 个字符", $"Upload-Metadata is longer than {MaxHeaderLength} characters."));
        }

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var pair in header.Split(','))
        {
            var parts = pair.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 1 or > 2 || parts[0].Any(c => c is < '!' or > '~') || values.ContainsKey(parts[0]))
            {
                throw RequestValidationException.ForField(Header, Text.Of(
                    "Upload-Metadata 应为逗号分隔的“键 Base64值”，键不重复", "Upload-Metadata is comma-separated \"key base64value\" pairs with distinct keys."));
            }

            string value;
            try
            {
                value = parts.Length == 1 ? string.Empty : strict.GetString(Convert.FromBase64String(parts[1]));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw RequestValidationException.ForField(parts[0], Text.Of("值不是 Base64 编码的 UTF-8 文本", "The value is not Base64 of UTF-8 text."));
            }

            if (!TextRule.IsAllowed(value))
            {
                throw RequestValidationException.ForField(parts[0], TextRule.Message);
            }

            if (value.Length > MaxValueLength)
            {
                throw RequestValidationException.ForField(parts[0], Text.Of($"值不能超过 {MaxValueLength} 个字符", $"The value is longer than {MaxValueLength} characters."));
            }

            values[parts[0]] = value;
        }

        return values;
    }

    /// <summary>A non-negative integer header (<c>Upload-Length</c>, <c>Upload-Offset</c>); null when absent.</summary>
    public static long? Length(HttpRequest request, string header)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Headers[header].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RequestValidationException.ForField(header, Text.Of($"{header} 应为非负整数", $"{header} is a non-negative integer."));
    }

    public static T? Optional<T>(Dictionary<string, string> values, string key, Func<string, (bool Ok, T Value)> parse, string expected)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(parse);
        if (!values.TryGetValue(key, out var text) || text.Length == 0)
        {
            return null;
        }

        var (ok, value) = parse(text);
        return ok ? value : throw RequestValidationException.ForField(key, expected);
    }

    public static string Required(Dictionary<string, string> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw RequestValidationException.ForField(key, Text.Of($"Upload-Metadata 缺少 {key}", $"Upload-Metadata lacks {key}."));
    }
}
