using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>Reads and tampers with an archive's ZIP in memory, as someone altering a copy would.</summary>
internal static class ArchiveZip
{
    public static IReadOnlyList<string> Paths(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    public static byte[] Read(byte[] zip, string path)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var stream = archive.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The ZIP with the entry's content replaced (added when missing).</summary>
    public static byte[] With(byte[] zip, string path, byte[] content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zip);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(path)?.Delete();
            using var stream = archive.CreateEntry(path).Open();
            stream.Write(content);
        }

        return buffer.ToArray();
    }

    public static byte[] Without(byte[] zip, string path)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zip);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(path)!.Delete();
        }

        return buffer.ToArray();
    }

    /// <summary>The ZIP with one file changed and its manifest line rewritten to match: consistent in itself, but not the manifest archived.</summary>
    public static byte[] Rewritten(byte[] zip, string path, byte[] content)
    {
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
        var line = manifest["entries"]!.AsArray().Single(e => e!["path"]!.GetValue<string>() == path)!;
        line["size"] = content.Length;
        line["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content));
        var changed = With(zip, path, content);
        return With(changed, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
    }

    /// <summary>The same bytes with one flipped in the middle (same size, another hash).</summary>
    public static byte[] Flipped(byte[] content)
    {
        var copy = (byte[])content.Clone();
        copy[copy.Length / 2] ^= 0x01;
        return copy;
    }
}
