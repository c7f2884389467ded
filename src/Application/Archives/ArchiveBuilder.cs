using System.IO.Compression;
using System.Security.Cryptography;

namespace DoubleRandom.Application.Archives;

/// <summary>
/// Writes a task's archive into a ZIP: the entries of every <see cref="IArchiveSection"/> (by order), each streamed into
/// its ZIP entry while it is counted and hashed, then <c>manifest.json</c> listing them. Nothing but the manifest's lines
/// is held in memory, so the ZIP of 10,000 targets with their evidence is written from a few buffers (docs/benchmarks.md).
/// </summary>
public sealed class ArchiveBuilder(IEnumerable<IArchiveSection> sections)
{
    /// <summary>The manifest's <c>builderVersion</c>: raised when the layout of the archive changes.</summary>
    public const string Version = "1.0";

    public async Task<BuiltArchive> BuildAsync(ArchiveContext context, DateTime createdAtUtc, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<ArchiveManifestEntry>();
        var paths = new HashSet<string>(StringComparer.Ordinal) { ArchiveManifest.FileName };
        var stamp = new DateTimeOffset(createdAtUtc, TimeSpan.Zero);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var section in sections.OrderBy(s => s.Order).ThenBy(s => s.Folder, StringComparer.Ordinal))
            {
                await foreach (var entry in section.EntriesAsync(context, ct))
                {
                    ArchivePaths.EnsureValid(entry.Path, section.Folder);
                    if (!paths.Add(entry.Path))
                    {
                        throw new InvalidOperationException($"Archive section {section.Folder} wrote {entry.Path} twice.");
                    }

                    var zipEntry = zip.CreateEntry(entry.Path, CompressionLevel.Fastest);
                    zipEntry.LastWriteTime = stamp;
                    await using var target = zipEntry.Open();
                    using var hashing = new HashingStream(target);
                    await entry.WriteAsync(hashing, ct);
                    lines.Add(new ArchiveManifestEntry(entry.Path, hashing.Written, hashing.Sha256()));
                }
            }

            var manifest = new ArchiveManifest(ArchiveManifest.FormatName, context.TaskId, createdAtUtc, Version, lines).ToUtf8();
            var manifestEntry = zip.CreateEntry(ArchiveManifest.FileName, CompressionLevel.Optimal);
            manifestEntry.LastWriteTime = stamp;
            await using (var stream = manifestEntry.Open())
            {
                await stream.WriteAsync(manifest, ct);
            }

            return new BuiltArchive(Convert.ToHexStringLower(SHA256.HashData(manifest)), lines.Count);
        }
    }
}
