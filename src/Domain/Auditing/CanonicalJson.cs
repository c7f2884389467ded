using System.Collections;
using System.Globalization;
using System.Text;

namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// The one JSON dialect the audit trail hashes (docs/audit.md, "Canonical form"): no white space, object
/// members in ordinal order of their names, only the escapes JSON requires, and one spelling per value
/// (times in UTC to the microsecond, because that is what PostgreSQL keeps). Anyone can re-implement it.
/// </summary>
public static class CanonicalJson
{
    /// <summary>
    /// Byte arrays up to this size are recorded in base64; larger ones (a draw's compressed snapshot, an upload)
    /// by their digest and length, <c>sha256:&lt;64 hex&gt;;bytes:&lt;n&gt;</c>: the trail proves what was stored
    /// without holding a second copy of megabytes.
    /// </summary>
    public const int InlineBytesLimit = 1024;

    /// <summary>An object with members sorted by name (ordinal, UTF-16 code units).</summary>
    public static string Object(IEnumerable<KeyValuePair<string, object?>> members)
    {
        var builder = new StringBuilder();
        WriteObject(builder, members);
        return builder.ToString();
    }

    /// <summary>An array of strings in ordinal order, e.g. a set of role names.</summary>
    public static string SortedStringArray(IEnumerable<string> values)
    {
        var builder = new StringBuilder("[");
        var first = true;
        foreach (var value in values.Order(StringComparer.Ordinal))
        {
            builder.Append(first ? string.Empty : ",");
            WriteString(builder, value);
            first = false;
        }

        return builder.Append(']').ToString();
    }

    /// <summary>A UTC time as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>; a time without a kind is taken as UTC.</summary>
    public static string Timestamp(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return TruncateToMicroseconds(utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>PostgreSQL stores microseconds; what is hashed must be what is stored.</summary>
    public static DateTime TruncateToMicroseconds(DateTime time) =>
        new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);

    public static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> members)
    {
        builder.Append('{');
        var first = true;
        foreach (var (name, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            builder.Append(first ? string.Empty : ",");
            WriteString(builder, name);
            builder.Append(':');
            WriteValue(builder, value);
            first = false;
        }

        builder.Append('}');
    }

    public static void WriteValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                WriteString(builder, s);
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                builder.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case decimal d:
                // 1.50 and 1.5 are one value: drop trailing zeros so a database's scale cannot change the hash.
                WriteString(builder, (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                WriteString(builder, ((IFormattable)value).ToString("R", CultureInfo.InvariantCulture));
                break;
            case Guid g:
                WriteString(builder, g.ToString("D"));
                break;
            case DateTime t:
                WriteString(builder, Timestamp(t));
                break;
            case DateTimeOffset o:
                WriteString(builder, Timestamp(o.UtcDateTime));
                break;
            case DateOnly day:
                WriteString(builder, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case byte[] { Length: <= InlineBytesLimit } bytes:
                WriteString(builder, Convert.ToBase64String(bytes));
                break;
            case byte[] bytes:
                WriteString(builder, string.Create(
                    CultureInfo.InvariantCulture,
                    $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))};bytes:{bytes.Length}"));
                break;
            case Enum e:
                WriteString(builder, e.ToString());
                break;
            case IEnumerable<KeyValuePair<string, object?>> members:
                WriteObject(builder, members);
                break;
            case IEnumerable items:
                WriteArray(builder, items);
                break;
            case IFormattable formattable:
                WriteString(builder, formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                WriteString(builder, value.ToString() ?? string.Empty);
                break;
        }
    }

    /// <summary>Escapes only what JSON requires: <c>"</c>, <c>\</c> and control characters; all else is literal UTF-8.</summary>
    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }

    private static void WriteArray(StringBuilder builder, IEnumerable items)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            builder.Append(first ? string.Empty : ",");
            WriteValue(builder, item);
            first = false;
        }

        builder.Append(']');
    }
}
