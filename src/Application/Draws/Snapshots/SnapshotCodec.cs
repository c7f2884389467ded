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
    /// <summary>Leaves per gzip member of a targets snapshot (about 100 kB of text).</summary>
    public const int MemberLeaves = 4096;

    private const int ChunkBytes = 1 << 17;

    private delegate bool LineVisitor(ReadOnlySpan<byte> line);

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
    /// of their strings, written without building or sorting a string per leaf. Every <see cref="MemberLeaves"/> leaves
    /// form one gzip member (RFC 1952 §2.2: a gzip file is a series of members; together they read back as one text),
    /// compressed on every core; the member index (<c>{byte offset}|{first code}</c> per line) lets one leaf be found
    /// by decompressing one member.
    /// </summary>
    public static EncodedTargets EncodeTargets(IReadOnlyList<TargetLeaf> leavesInOrder)
    {
        ArgumentNullException.ThrowIfNull(leavesInOrder);
        var parts = Math.Max(1, (leavesInOrder.Count + MemberLeaves - 1) / MemberLeaves);
        var members = new byte[parts][];
        Parallel.For(0, parts, part =>
            members[part] = CompressTargets(leavesInOrder, part * MemberLeaves, Math.Min(leavesInOrder.Count, (part + 1) * MemberLeaves)));

        var joined = new byte[members.Sum(m => (long)m.Length)];
        var index = new StringBuilder();
        var offset = 0;
        for (var part = 0; part < parts; part++)
        {
            if (part * MemberLeaves < leavesInOrder.Count)
            {
                index.Append(CultureInfo.InvariantCulture, $"{offset}|{leavesInOrder[part * MemberLeaves].Code}\n");
            }

            members[part].CopyTo(joined, offset);
            offset += members[part].Length;
        }

        return new EncodedTargets(joined, index.ToString());
    }

    /// <summary>
    /// The risk versions snapshot (#16, not part of DR1): one <c>{code}|{version}</c> line per target whose tier came from a
    /// model scoring, sorted by code, in gzip members of <see cref="MemberLeaves"/> lines with the same member index as the
    /// targets snapshot, so the public target check decompresses one member (<see cref="MemberOf"/>, <see cref="FindVersion"/>).
    /// </summary>
    public static EncodedTargets EncodeVersions(IEnumerable<(string Code, int Version)> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sorted = versions.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        var parts = Math.Max(1, (sorted.Length + MemberLeaves - 1) / MemberLeaves);
        using var output = new MemoryStream();
        var index = new StringBuilder();
        for (var part = 0; part < parts; part++)
        {
            var first = part * MemberLeaves;
            if (first < sorted.Length)
            {
                index.Append(CultureInfo.InvariantCulture, $"{output.Length}|{sorted[first].Code}\n");
            }

            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            using var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 16);
            for (var i = first; i < Math.Min(sorted.Length, first + MemberLeaves); i++)
            {
                if (i > 0)
                {
                    writer.Write('\n');
                }

                writer.Write(sorted[i].Code);
                writer.Write('|');
                writer.Write(sorted[i].Version.ToString(CultureInfo.InvariantCulture));
            }
        }

        return new EncodedTargets(output.ToArray(), index.ToString());
    }

    /// <summary>The model version of <paramref name="code"/> in gzip data of the risk versions snapshot (all of it or some of its members).</summary>
    public static int? FindVersion(byte[] data, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var prefix = Encoding.UTF8.GetBytes($"{code}|");
        int? found = null;
        ReadLines(data, line =>
        {
            if (!line.StartsWith(prefix))
            {
                return true;
            }

            if (int.TryParse(line[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                found = version;
            }

            return false;
        });
        return found;
    }

    /// <summary>
    /// Where in a targets snapshot the leaf of <paramref name="code"/> must be, if it is there: the byte range of the one
    /// gzip member whose first leaf is the last one not after it (leaves sort by <c>code|</c>).
    /// </summary>
    public static (int Offset, int Length)? MemberOf(string memberIndex, int dataLength, string code)
    {
        ArgumentNullException.ThrowIfNull(memberIndex);
        var entries = memberIndex.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', 2))
            .Select(p => (Offset: int.Parse(p[0], CultureInfo.InvariantCulture), Key: p[1] + "|"))
            .ToList();
        var key = code + "|";
        var found = -1;
        for (int lo = 0, hi = entries.Count - 1; lo <= hi;)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(entries[mid].Key, key) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return null;
        }

        var end = found + 1 < entries.Count ? entries[found + 1].Offset : dataLength;
        return (entries[found].Offset, end - entries[found].Offset);
    }

    /// <summary>The leaf of <paramref name="code"/> in gzip data (a whole snapshot or some of its members), read as it is decompressed.</summary>
    public static TargetLeaf? FindTarget(byte[] data, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var prefix = Encoding.UTF8.GetBytes($"T|{code}|");
        var parser = new TargetLeafParser();
        TargetLeaf? found = null;
        ReadLines(data, line =>
        {
            if (!line.StartsWith(prefix))
            {
                return true;
            }

            if (parser.TryParse(line, out var leaf))
            {
                found = leaf;
            }

            return false;
        });
        return found;
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
    public static TargetLeaf[]? DecodeTargets(byte[] data, int count)
    {
        var leaves = new TargetLeaf[Math.Max(count, 0)];
        var n = 0;
        var parser = new TargetLeafParser();
        var complete = ReadLines(data, line =>
        {
            if (!parser.TryParse(line, out var leaf))
            {
                return false;
            }

            if (n == leaves.Length)
            {
                Array.Resize(ref leaves, Math.Max(16, leaves.Length * 2));
            }

            leaves[n++] = leaf;
            return true;
        });
        return !complete ? null : n == leaves.Length ? leaves : leaves[..n];
    }

    /// <summary>
    /// The weights of the targets snapshot per stratum, parsed while it is decompressed without a string per code (the
    /// evaluation report's λ bins recompute λ from them); null if a line is not a target leaf.
    /// </summary>
    public static Dictionary<string, List<int>>? DecodeWeights(byte[] data)
    {
        var weights = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var parser = new TargetLeafParser();
        var complete = ReadLines(data, line =>
        {
            if (!parser.TryParseWeight(line, out var stratum, out var weight))
            {
                return false;
            }

            if (!weights.TryGetValue(stratum, out var list))
            {
                weights[stratum] = list = [];
            }

            list.Add(weight);
            return true;
        });
        return complete ? weights : null;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with each line of the gzip data as it is decompressed, until it returns false;
    /// false then, or when a line is longer than any leaf can be.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadLines(byte[] data, LineVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
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
                    return false; // a "line" of a megabyte is no leaf
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
                    if (!visit(line))
                    {
                        return false;
                    }
                }

                if (last)
                {
                    return true;
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
