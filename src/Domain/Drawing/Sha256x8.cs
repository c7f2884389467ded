using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Eight independent SHA-256 compressions at once, one per 32-bit lane of a <see cref="Vector256{T}"/>.
/// DR1 hashes millions of short, independent messages (Merkle leaves and nodes, uniform labels);
/// running them side by side is what brings a million-target draw under a second.
/// Block and state layouts are transposed: vector j holds word j of every lane.
/// </summary>
internal static class Sha256x8
{
    public const int Lanes = 8;

    /// <summary>Compresses one block per lane; <paramref name="w"/> is consumed as the message schedule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compress(Span<Vector256<uint>> state, Span<Vector256<uint>> w)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            CompressLaneByLane(state, w);
            return;
        }

        w = w[..16];
        Vector256<uint> a = state[0], b = state[1], c = state[2], d = state[3];
        Vector256<uint> e = state[4], f = state[5], g = state[6], h = state[7];
        var k = Sha256Compression.RoundConstants;
        for (var i = 0; i < 64; i++)
        {
            if (i >= 16)
            {
                var x = w[(i - 15) & 15];
                var y = w[(i - 2) & 15];
                var s0 = Rotr(x, 7) ^ Rotr(x, 18) ^ Vector256.ShiftRightLogical(x, 3);
                var s1 = Rotr(y, 17) ^ Rotr(y, 19) ^ Vector256.ShiftRightLogical(y, 10);
                w[i & 15] += s0 + w[(i - 7) & 15] + s1;
            }

            var t1 = h + (Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25)) + Vector256.ConditionalSelect(e, f, g)
                + Vector256.Create(k[i]) + w[i & 15];
            var t2 = (Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22)) + Vector256.ConditionalSelect(a ^ b, c, a);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    /// <summary>
    /// Without 256-bit SIMD (e.g. on Arm64) the vector type is emulated element by element, far
    /// slower than plain scalar code, so each lane goes through the scalar compression instead.
    /// </summary>
    internal static void CompressLaneByLane(Span<Vector256<uint>> state, ReadOnlySpan<Vector256<uint>> block)
    {
        Span<uint> laneState = stackalloc uint[8];
        Span<uint> words = stackalloc uint[64];
        for (var l = 0; l < Lanes; l++)
        {
            for (var j = 0; j < 8; j++)
            {
                laneState[j] = state[j].GetElement(l);
            }

            for (var j = 0; j < 16; j++)
            {
                words[j] = block[j].GetElement(l);
            }

            Sha256Compression.CompressWords(laneState, words);
            for (var j = 0; j < 8; j++)
            {
                state[j] = state[j].WithElement(l, laneState[j]);
            }
        }
    }

    public static void SetState(Span<Vector256<uint>> state, ReadOnlySpan<uint> words)
    {
        for (var j = 0; j < 8; j++)
        {
            state[j] = Vector256.Create(words[j]);
        }
    }

    /// <summary>Transposes 8 rows of <paramref name="count"/> words (row l = lane l) into vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transpose(ReadOnlySpan<uint> rows, int count, Span<Vector256<uint>> vectors)
    {
        for (var j = 0; j < count; j++)
        {
            vectors[j] = Vector256.Create(
                rows[j], rows[count + j], rows[(2 * count) + j], rows[(3 * count) + j],
                rows[(4 * count) + j], rows[(5 * count) + j], rows[(6 * count) + j], rows[(7 * count) + j]);
        }
    }

    /// <summary>Loads eight 64-byte blocks (lane l at offset 64·l) as big-endian words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void LoadBlocks(ReadOnlySpan<byte> lanes, Span<Vector256<uint>> block)
    {
        Transpose(MemoryMarshal.Cast<byte, uint>(lanes[..512]), 16, block);
        if (BitConverter.IsLittleEndian)
        {
            for (var j = 0; j < 16; j++)
            {
                block[j] = ByteSwap(block[j]);
            }
        }
    }

    /// <summary>Writes the eight lane states as rows of 8 words (digest words, not bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void StoreStates(ReadOnlySpan<Vector256<uint>> state, Span<uint> rows, int lanes)
    {
        Span<uint> column = stackalloc uint[8];
        for (var j = 0; j < 8; j++)
        {
            state[j].CopyTo(column);
            for (var l = 0; l < lanes; l++)
            {
                rows[(l * 8) + j] = column[l];
            }
        }
    }

    /// <summary>Pads a message of <paramref name="length"/> ≤ 55 bytes in place as a final single block.</summary>
    public static void PadInPlace(Span<byte> block, int length, long prefixLength)
    {
        block[length] = 0x80;
        block[(length + 1)..56].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(block[56..], (ulong)(prefixLength + length) * 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Rotr(Vector256<uint> x, [ConstantExpected(Min = 1, Max = 31)] byte n) =>
        Avx512F.VL.IsSupported
            ? Avx512F.VL.RotateRight(x, n)
            : Vector256.ShiftRightLogical(x, n) | Vector256.ShiftLeft(x, 32 - n);

    private static Vector256<uint> ByteSwap(Vector256<uint> x) =>
        Vector256.Shuffle(
            x.AsByte(),
            Vector256.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12,
                19, 18, 17, 16, 23, 22, 21, 20, 27, 26, 25, 24, 31, 30, 29, 28)).AsUInt32();
}
