using System.Buffers;
using System.Buffers.Binary;
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
    private const int ChunkBytes = 1 << 16;

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
    /// The targets snapshot from leaves already in §4 order (as DR1 hashed them): the same bytes as
    /// <see cref="Encode"/> of their strings, written without building or sorting a string per leaf.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static byte[] EncodeTargets(IReadOnlyList<TargetLeaf> leavesInOrder)
    {
        ArgumentNullException.ThrowIfNull(leavesInOrder);
        using var output = new MemoryStream(Math.Max(1 << 12, leavesInOrder.Count * 8));
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes + 256);
            try
            {
                var p = 0;
                string? lastStratum = null;
                var stratumBytes = Array.Empty<byte>();
                for (var i = 0; i < leavesInOrder.Count; i++)
                {
                    var leaf = leavesInOrder[i];
                    if (!ReferenceEquals(leaf.Stratum, lastStratum))
                    {
                        lastStratum = leaf.Stratum;
                        stratumBytes = Encoding.UTF8.GetBytes(leaf.Stratum);
                    }

                    if (p + 3 + (3 * leaf.Code.Length) + stratumBytes.Length + 10 > chunk.Length)
                    {
                        gzip.Write(chunk, 0, p);
                        p = 0;
                        if (3 + (3 * leaf.Code.Length) + stratumBytes.Length + 10 > chunk.Length)
                        {
                            ArrayPool<byte>.Shared.Return(chunk);
                            chunk = ArrayPool<byte>.Shared.Rent(3 + (3 * leaf.Code.Length) + stratumBytes.Length + 10);
                        }
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
    /// The targets snapshot parsed straight from the decompressed bytes (no string per line, one per code); null if a
    /// line is not a target leaf.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TargetLeaf[]? DecodeTargets(byte[] data, int count)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = Decompress(data);
        var leaves = new TargetLeaf[Math.Max(count, 0)];
        var parser = new TargetLeafParser();
        ReadOnlySpan<byte> span = text;
        var n = 0;
        while (!span.IsEmpty)
        {
            var end = span.IndexOf((byte)'\n');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? default : span[(end + 1)..];
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

        return n == leaves.Length ? leaves : leaves[..n];
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

    private static ArraySegment<byte> Decompress(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);

        // The gzip trailer ends with the uncompressed size (mod 2^32): one buffer of the right size, not a dozen doublings.
        var size = data.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(data.Length - 4)) : 0u;
        var output = new MemoryStream((int)Math.Clamp(size + 1L, 256, Array.MaxLength));
        gzip.CopyTo(output);
        return new ArraySegment<byte>(output.GetBuffer(), 0, (int)output.Length);
    }
}
