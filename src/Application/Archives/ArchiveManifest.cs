using System.Text.Json;
using System.Text.Json.Serialization;

namespace DoubleRandom.Application.Archives;

/// <summary>
/// <c>manifest.json</c>, the archive's table of contents: every entry's path, size and SHA-256, the task, when the
/// archive was built (UTC) and by which builder. Its own SHA-256 is kept with the task's archive (and in the audit trail):
/// it fixes the whole ZIP.
/// </summary>
public sealed record ArchiveManifest(string Format, Guid TaskId, DateTime CreatedAtUtc, string BuilderVersion, IReadOnlyList<ArchiveManifestEntry> Entries)
{
    /// <summary>What <see cref="Format"/> says: the layout of docs/after-inspection.md, "The electronic archive".</summary>
    public const string FormatName = "doublerandom-archive/1";

    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(ArchiveJson.Documents)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The manifest in <paramref name="utf8"/>, or null when it is not one (malformed JSON, a missing field, a bad entry).</summary>
    public static ArchiveManifest? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<ArchiveManifest>(utf8, Json);
            return manifest is { Format: FormatName, Entries: not null, BuilderVersion: not null }
                && manifest.Entries.All(e => e is { Path: not null, Sha256.Length: 64 } && e.Size >= 0)
                ? manifest
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
