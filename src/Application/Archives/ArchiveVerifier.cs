using System.IO.Compression;
using System.Security.Cryptography;
using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Archives;

/// <summary>
/// Checks a ZIP against its own <c>manifest.json</c> with no database (the <c>archive-verify</c> command and the
/// verification endpoint share it): the manifest's lines in order — each file present, of its size, of its SHA-256 —
/// then every entry of the ZIP the manifest does not list. The first difference is named. A file that is not a ZIP, or
/// exceeds <see cref="ArchiveLimits"/>, is an <see cref="ArchiveFormatException"/>.
/// </summary>
public static class ArchiveVerifier
{
    /// <summary>Entries the manifest does not list by design: itself and its detached signature.</summary>
    public static readonly IReadOnlySet<string> Unlisted = new HashSet<string>(StringComparer.Ordinal) { ArchiveManifest.FileName, ArchiveManifest.FileName + ".p7s" };

    /// <summary><paramref name="zip"/> must be seekable (a file, or the upload buffered to disk).</summary>
    public static async Task<ArchiveVerification> VerifyAsync(Stream zip, ArchiveLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            throw new ArchiveFormatException(Text.Of($"不是有效的 ZIP 文件：{ex.Message}", $"Not a valid ZIP file: {ex.Message}"), ex);
        }

        using (archive)
        {
            try
            {
                return await VerifyAsync(archive, limits, ct);
            }
            catch (Exception ex) when (IsDamaged(ex))
            {
                throw new ArchiveFormatException(Text.Of($"ZIP 文件已损坏：{ex.Message}", $"The ZIP file is damaged: {ex.Message}"), ex);
            }
        }
    }

    private static async Task<ArchiveVerification> VerifyAsync(ZipArchive archive, ArchiveLimits limits, CancellationToken ct)
    {
        var entries = archive.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            throw new ArchiveFormatException(Text.Of(
                $"ZIP 含 {entries.Count} 个条目，超过 {limits.MaxEntries} 个的上限", $"The ZIP holds {entries.Count} entries, more than the limit of {limits.MaxEntries}."));
        }

        var declared = entries.Sum(e => e.Length);
        if (declared > limits.MaxUncompressedBytes)
        {
            throw new ArchiveFormatException(Text.Of(
                $"ZIP 解压后共 {declared} 字节，超过 {limits.MaxUncompressedBytes} 字节的上限",
                $"The ZIP unpacks to {declared} bytes, more than the limit of {limits.MaxUncompressedBytes}."));
        }

        var byPath = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        string? duplicate = null;
        foreach (var entry in entries)
        {
            if (!byPath.TryAdd(entry.FullName, entry))
            {
                duplicate ??= entry.FullName;
            }
        }

        if (!byPath.TryGetValue(ArchiveManifest.FileName, out var manifestEntry))
        {
            return Differs(null, null, 0, ArchiveManifest.FileName, ArchiveDifference.Missing);
        }

        var manifestBytes = await ReadCappedAsync(manifestEntry, limits.MaxManifestBytes, ct);
        if (manifestBytes is null || ArchiveManifest.Parse(manifestBytes) is not { } manifest)
        {
            return Differs(null, null, 0, ArchiveManifest.FileName, ArchiveDifference.ManifestMalformed);
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(manifestBytes));
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in manifest.Entries)
        {
            if (!listed.Add(line.Path) || Unlisted.Contains(line.Path))
            {
                return Differs(manifest.TaskId, digest, manifest.Entries.Count, ArchiveManifest.FileName, ArchiveDifference.ManifestMalformed);
            }
        }

        foreach (var line in manifest.Entries)
        {
            if (!byPath.TryGetValue(line.Path, out var entry))
            {
                return Differs(manifest.TaskId, digest, manifest.Entries.Count, line.Path, ArchiveDifference.Missing);
            }

            if (entry.Length != line.Size)
            {
                return Differs(manifest.TaskId, digest, manifest.Entries.Count, line.Path, ArchiveDifference.Size);
            }

            var (size, sha) = await HashCappedAsync(entry, line.Size, ct);
            if (size != line.Size)
            {
                return Differs(manifest.TaskId, digest, manifest.Entries.Count, line.Path, ArchiveDifference.Size);
            }

            if (!string.Equals(sha, line.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return Differs(manifest.TaskId, digest, manifest.Entries.Count, line.Path, ArchiveDifference.Sha256);
            }
        }

        if (duplicate is not null)
        {
            return Differs(manifest.TaskId, digest, manifest.Entries.Count, duplicate, ArchiveDifference.Extra);
        }

        if (entries.FirstOrDefault(e => !listed.Contains(e.FullName) && !Unlisted.Contains(e.FullName)) is { } extra)
        {
            return Differs(manifest.TaskId, digest, manifest.Entries.Count, extra.FullName, ArchiveDifference.Extra);
        }

        return new ArchiveVerification(true, true, ArchiveVerification.Unknown, manifest.TaskId, digest, manifest.Entries.Count, null);
    }

    /// <summary>What reading a broken or hostile ZIP throws (a truncated directory, bad headers, corrupt deflate data).</summary>
    private static bool IsDamaged(Exception ex) => ex is InvalidDataException or EndOfStreamException or ArgumentException or NotSupportedException or IOException;

    private static ArchiveVerification Differs(Guid? task, string? digest, int count, string path, string reason) =>
        new(false, false, ArchiveVerification.Unknown, task, digest, count, new ArchiveDifference(path, reason));

    /// <summary>The entry's bytes in one buffer of its declared size, or null when it is longer than <paramref name="max"/> or than it declares.</summary>
    private static async Task<byte[]?> ReadCappedAsync(ZipArchiveEntry entry, long max, CancellationToken ct)
    {
        if (entry.Length > max)
        {
            return null;
        }

        var buffer = new byte[entry.Length];
        await using var stream = entry.Open();
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
        {
            filled += read;
        }

        // Shorter than declared, or a byte more: not the manifest it claims to be.
        return filled == buffer.Length && await stream.ReadAsync(new byte[1], ct) == 0 ? buffer : null;
    }

    /// <summary>Hashes at most <paramref name="expected"/> + 1 bytes: an entry that inflates past its size is caught at one byte more.</summary>
    private static async Task<(long Size, string Sha256)> HashCappedAsync(ZipArchiveEntry entry, long expected, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = entry.Open();
        var chunk = new byte[1 << 16];
        long total = 0;
        while (total <= expected)
        {
            var want = (int)Math.Min(chunk.Length, expected + 1 - total);
            var read = await stream.ReadAsync(chunk.AsMemory(0, want), ct);
            if (read == 0)
            {
                break;
            }

            hash.AppendData(chunk, 0, read);
            total += read;
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
