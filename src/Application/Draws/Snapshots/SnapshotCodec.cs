using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// Sorted leaves, one per line, gzip-compressed: the frozen form of a snapshot. Leaves never hold a
/// newline (DR1's character class), so the lines split back into exactly the leaves that were hashed.
/// </summary>
public static class SnapshotCodec
{
    private const int ChunkBytes = 1 << 17;
    private const int PartLeaves = 1 << 17;

    public static byte[] Encode(List<string> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        if (!IsSorted(leaves))
        {
            leaves.Sort(StringComparer.Ordinal);
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 16))
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write('\n');
                }

                writer.Write(leaves[i]);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The targets snapshot from leaves already in §4 order (as DR1 hashed them): the same lines as <see cref="Encode"/>
    /// of their strings, written without building or sorting a string per leaf. Runs of leaves are compressed on every
    /// core as consecutive gzip members (RFC 1952 §2.2: a gzip file is a series of members), which read back as one text.
    /// </summary>
    public static byte[] EncodeTargets(IReadOnlyList<TargetLeaf> leavesInOrder)
    {
        ArgumentNullException.ThrowIfNull(leavesInOrder);
        var parts = leavesInOrder.Count < PartLeaves ? 1 : Math.Min(Environment.ProcessorCount * 2, (leavesInOrder.Count + PartLeaves - 1) / PartLeaves);
        var members = new byte[parts][];
        Parallel.For(0, parts, part =>
        {
            var first = (int)((long)leavesInOrder.Count * part / parts);
            var end = (int)((long)leavesInOrder.Count * (part + 1) / parts);
            members[part] = CompressTargets(leavesInOrder, first, end);
        });
        if (parts == 1)
        {
            return members[0];
        }

        var joined = new byte[members.Sum(m => m.Length)];
        var offset = 0;
        foreach (var member in members)
        {
            member.CopyTo(joined, offset);
            offset += member.Length;
        }

        return joined;
    }

    /// <summary>Leaves <paramref name="first"/>..<paramref name="end"/> as one gzip member; every leaf but the very first is preceded by a newline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] CompressTargets(IReadOnlyList<TargetLeaf> leaves, int first, int end)
    {
        using var output = new MemoryStream(Math.Max(1 << 12, (end - first) * 8));
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                var p = 0;
                string? lastStratum = null;
                var stratumBytes = Array.Empty<byte>();
                for (var i = first; i < end; i++)
                {
                    var leaf = leaves[i];
                    if (!ReferenceEquals(leaf.Stratum, lastStratum))
                    {
                        lastStratum = leaf.Stratum;
                        stratumBytes = Encoding.UTF8.GetBytes(leaf.Stratum);
                    }

                    // A leaf is at most "\nT|" + 64-byte code + "|" + 64-byte stratum + "|" + 7 digits (DR1 §1, checked by prepare).
                    var room = 4 + Encoding.UTF8.GetMaxByteCount(leaf.Code.Length) + 1 + stratumBytes.Length + 1 + 11;
                    if (p + room > chunk.Length)
                    {
                        gzip.Write(chunk, 0, p);
                        p = 0;
                    }

                    if (i > 0)
                    {
                        chunk[p++] = (byte)'\n';
                    }

                    chunk[p++] = (byte)'T';
                    chunk[p++] = (byte)'|';
                    p += Encoding.UTF8.GetBytes(leaf.Code, chunk.AsSpan(p));
                    chunk[p++] = (byte)'|';
                    stratumBytes.CopyTo(chunk, p);
                    p += stratumBytes.Length;
                    chunk[p++] = (byte)'|';
                    leaf.Weight.TryFormat(chunk.AsSpan(p), out var digits, default, CultureInfo.InvariantCulture);
                    p += digits;
                }

                gzip.Write(chunk, 0, p);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        return output.ToArray();
    }

    public static List<string> Decode(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var leaves = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            leaves.Add(line);
        }

        return leaves;
    }

    /// <summary>
    /// The targets snapshot parsed while it is decompressed (no string per line, one per code; no buffer for the whole
    /// text); null if a line is not a target leaf.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TargetLeaf[]? DecodeTargets(byte[] data, int count)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        var leaves = new TargetLeaf[Math.Max(count, 0)];
        var n = 0;
        var parser = new TargetLeafParser();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int start = 0, end = 0;
            while (true)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    return null; // a "line" of a megabyte is no leaf
                }

                var read = gzip.Read(buffer, end, buffer.Length - end);
                var last = read == 0;
                end += read;
                while (start < end)
                {
                    var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (newline < 0 && !last)
                    {
                        break;
                    }

                    var line = buffer.AsSpan(start, newline < 0 ? end - start : newline);
                    start = newline < 0 ? end : start + newline + 1;
                    if (!parser.TryParse(line, out var leaf))
                    {
                        return null;
                    }

                    if (n == leaves.Length)
                    {
                        Array.Resize(ref leaves, Math.Max(16, leaves.Length * 2));
                    }

                    leaves[n++] = leaf;
                }

                if (last)
                {
                    return n == leaves.Length ? leaves : leaves[..n];
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsSorted(List<string> leaves)
    {
        for (var i = 1; i < leaves.Count; i++)
        {
            if (string.CompareOrdinal(leaves[i - 1], leaves[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
