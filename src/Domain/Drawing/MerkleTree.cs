using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// RFC 9162 §2.1.1 Merkle Tree Hash over leaves sorted by their UTF-8 bytes (DR1 §4).
/// Computed bottom up, pairing neighbours and promoting an odd last node, which yields the
/// same tree as splitting at the largest power of two below the count.
/// </summary>
public static class MerkleTree
{
    private const int ChunkLeaves = 4096;

    /// <summary>
    /// Root of any leaves; they are sorted here (leaves that already come sorted, as a stored snapshot does, are not
    /// sorted again). Used for officers and recusals, up to hundreds of thousands of leaves: hashed eight at a time.
    /// </summary>
    public static string Root(IEnumerable<string> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var sorted = leaves.Select(Encoding.UTF8.GetBytes).ToList();
        if (!IsSorted(sorted))
        {
            sorted.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        }

        if (sorted.Count == 0)
        {
            return Dr1Hashes.Hex(SHA256.HashData([]));
        }

        var nodes = new uint[sorted.Count * 8];
        HashLeaves(sorted, nodes);
        ReduceLevels(nodes, sorted.Count);
        return RootHex(nodes);
    }

    /// <summary>Root of the targets snapshot, hashing eight leaves at a time on every core.</summary>
    internal static string TargetsRoot(TargetTable table)
    {
        var count = table.Order.Length;
        if (count == 0)
        {
            return Dr1Hashes.Hex(SHA256.HashData([]));
        }

        var chunks = (count + ChunkLeaves - 1) / ChunkLeaves;
        var leafHashes = new uint[count * 8];
        Parallel.For(0, chunks, chunk =>
        {
            var first = chunk * ChunkLeaves;
            var leaves = Math.Min(ChunkLeaves, count - first);
            TargetLeafHasher.Hash(table, first, leaves, leafHashes.AsSpan(first * 8, leaves * 8));
        });

        // Chunks of 4096 sorted leaves are perfect subtrees, so their roots are one level of the tree.
        var roots = new uint[chunks * 8];
        Parallel.For(
            0,
            chunks,
            () => new uint[ChunkLeaves * 8],
            (chunk, _, buffer) =>
            {
                var first = chunk * ChunkLeaves;
                var leaves = Math.Min(ChunkLeaves, count - first);
                for (var k = 0; k < leaves; k++)
                {
                    leafHashes.AsSpan(table.Order[first + k].Index * 8, 8).CopyTo(buffer.AsSpan(k * 8, 8));
                }

                ReduceLevels(buffer, leaves);
                buffer.AsSpan(0, 8).CopyTo(roots.AsSpan(chunk * 8));
                return buffer;
            },
            _ => { });
        ReduceLevels(roots, chunks);
        return RootHex(roots);
    }

    /// <summary>Reduces <paramref name="count"/> ≥ 1 nodes (8 digest words each) in place to the root at node 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ReduceLevels(Span<uint> nodes, int count)
    {
        Span<uint> rows = stackalloc uint[128];
        Span<Vector256<uint>> vectors = stackalloc Vector256<uint>[40];
        while (count > 1)
        {
            var pairs = count / 2;
            for (var p = 0; p < pairs; p += Sha256x8.Lanes)
            {
                HashPairs(nodes, p, Math.Min(Sha256x8.Lanes, pairs - p), rows, vectors);
            }

            if (count % 2 == 1)
            {
                nodes.Slice((count - 1) * 8, 8).CopyTo(nodes.Slice(pairs * 8, 8));
            }

            count = pairs + (count % 2);
        }
    }

    /// <summary>H(0x01 ‖ left ‖ right) for up to eight neighbour pairs; node k gets pair k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HashPairs(Span<uint> nodes, int firstPair, int lanes, Span<uint> rows, Span<Vector256<uint>> vectors)
    {
        ReadOnlySpan<uint> source = nodes.Slice(firstPair * 16, lanes * 16);
        if (lanes < Sha256x8.Lanes)
        {
            rows.Clear();
            source.CopyTo(rows);
            source = rows;
        }

        var words = vectors[..16];
        var block = vectors.Slice(16, 16);
        var state = vectors.Slice(32, 8);
        Sha256x8.Transpose(source, 16, words);

        // The 65-byte message shifted by the one prefix byte: word j takes the last byte of word j-1.
        block[0] = Vector256.Create(0x01000000u) | Vector256.ShiftRightLogical(words[0], 8);
        for (var j = 1; j < 16; j++)
        {
            block[j] = Vector256.ShiftLeft(words[j - 1], 24) | Vector256.ShiftRightLogical(words[j], 8);
        }

        Sha256x8.SetState(state, Sha256Compression.InitialState);
        Sha256x8.Compress(state, block);
        block[0] = Vector256.ShiftLeft(words[15], 24) | Vector256.Create(0x00800000u);
        block[1..].Clear();
        block[15] = Vector256.Create(65u * 8u);
        Sha256x8.Compress(state, block);
        Sha256x8.StoreStates(state, nodes.Slice(firstPair * 8, lanes * 8), lanes);
    }

    private static bool IsSorted(List<byte[]> leaves)
    {
        for (var i = 1; i < leaves.Count; i++)
        {
            if (leaves[i - 1].AsSpan().SequenceCompareTo(leaves[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>H(0x00 ‖ leaf) into node i for every leaf i: eight short leaves per lane block, long ones one by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HashLeaves(List<byte[]> leaves, Span<uint> nodes)
    {
        Span<byte> lanes = stackalloc byte[Sha256x8.Lanes * 64];
        Span<int> lengths = stackalloc int[Sha256x8.Lanes];
        Span<Vector256<uint>> block = stackalloc Vector256<uint>[16];
        Span<Vector256<uint>> state = stackalloc Vector256<uint>[8];
        Span<uint> rows = stackalloc uint[64];
        for (var start = 0; start < leaves.Count; start += Sha256x8.Lanes)
        {
            var batch = Math.Min(Sha256x8.Lanes, leaves.Count - start);
            lengths.Clear();
            var longMask = 0;
            for (var l = 0; l < batch; l++)
            {
                var leaf = leaves[start + l];
                if (leaf.Length + 1 <= KeyedHash.MaxShortMessage)
                {
                    lanes[l * 64] = 0x00;
                    leaf.CopyTo(lanes.Slice((l * 64) + 1, 63));
                    lengths[l] = leaf.Length + 1;
                }
                else
                {
                    longMask |= 1 << l;
                    var message = new byte[leaf.Length + 1];
                    leaf.CopyTo(message, 1);
                    var row = nodes.Slice((start + l) * 8, 8);
                    Sha256Compression.InitialState.CopyTo(row);
                    Sha256Compression.Finish(row, 0, message);
                }
            }

            for (var l = 0; l < Sha256x8.Lanes; l++)
            {
                Sha256x8.PadInPlace(lanes.Slice(l * 64, 64), lengths[l], 0);
            }

            Sha256x8.LoadBlocks(lanes, block);
            Sha256x8.SetState(state, Sha256Compression.InitialState);
            Sha256x8.Compress(state, block);
            Sha256x8.StoreStates(state, rows, Sha256x8.Lanes);
            for (var l = 0; l < batch; l++)
            {
                if ((longMask & (1 << l)) == 0)
                {
                    rows.Slice(l * 8, 8).CopyTo(nodes.Slice((start + l) * 8, 8));
                }
            }
        }
    }

    private static string RootHex(ReadOnlySpan<uint> nodes)
    {
        Span<byte> root = stackalloc byte[32];
        Sha256Compression.WriteDigest(nodes[..8], root);
        return Dr1Hashes.Hex(root);
    }
}
