using System.Text.Json.Serialization;

namespace DoubleRandom.Application.PublicResults;

/// <summary>The character encoding of the national publicity export.</summary>
public enum PublicationCsvEncoding
{
    /// <summary>UTF-8 with a byte-order mark (Excel and WPS open it as UTF-8).</summary>
    [JsonStringEnumMemberName("utf-8")]
    Utf8,

    /// <summary>GB 18030 (covers every Unicode character; what older provincial upload tools expect).</summary>
    [JsonStringEnumMemberName("gb18030")]
    Gb18030,
}
