using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// HMAC-SHA256 under one fixed key, with the compression states after the ipad and opad blocks
/// computed once. HMAC(K, m) = H((K⊕opad) ‖ H((K⊕ipad) ‖ m)), so a label of at most 55 bytes
/// costs two compressions instead of a full HMAC call (about 1.3 µs through the BCL).
/// </summary>
public sealed class KeyedHash
{
    /// <summary>Longest message that still fits, with its padding, in the one block after the ipad block.</summary>
    public const int MaxShortMessage = 55;

    private readonly uint[] inner = new uint[8];
    private readonly uint[] outer = new uint[8];

    public KeyedHash(ReadOnlySpan<byte> key)
    {
        Span<byte> k = stackalloc byte[64];
        k.Clear();
        if (key.Length > 64)
        {
            SHA256.HashData(key, k);
        }
        else
        {
            key.CopyTo(k);
        }

        Span<byte> pad = stackalloc byte[64];
        for (var i = 0; i < 64; i++)
        {
            pad[i] = (byte)(k[i] ^ 0x36);
        }

        Sha256Compression.InitialState.CopyTo(inner);
        Sha256Compression.Compress(inner, pad);
        for (var i = 0; i < 64; i++)
        {
            pad[i] = (byte)(k[i] ^ 0x5c);
        }

        Sha256Compression.InitialState.CopyTo(outer);
        Sha256Compression.Compress(outer, pad);
        CryptographicOperations.ZeroMemory(k);
    }

    /// <summary>The full 32-byte HMAC of <paramref name="message"/> (any length).</summary>
    public void Compute(ReadOnlySpan<byte> message, Span<byte> destination)
    {
        Span<uint> state = stackalloc uint[8];
        InnerThenOuter(message, state);
        Sha256Compression.WriteDigest(state, destination);
    }

    /// <summary>The first 8 bytes of the HMAC read as a big-endian integer: DR1's U(label).</summary>
    public ulong FirstUInt64(ReadOnlySpan<byte> message)
    {
        Span<uint> state = stackalloc uint[8];
        InnerThenOuter(message, state);
        return ((ulong)state[0] << 32) | state[1];
    }

    /// <summary>
    /// U(label) for eight labels at once. Lane l's label is at <c>lanes[64·l..]</c> with
    /// <c>lengths[l] ≤ 55</c>; the lanes are padded in place.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void FirstUInt64x8(Span<byte> lanes, ReadOnlySpan<int> lengths, Span<ulong> output)
    {
        for (var l = 0; l < Sha256x8.Lanes; l++)
        {
            Sha256x8.PadInPlace(lanes.Slice(l * 64, 64), lengths[l], 64);
        }

        Span<Vector256<uint>> block = stackalloc Vector256<uint>[16];
        Span<Vector256<uint>> state = stackalloc Vector256<uint>[8];
        Sha256x8.LoadBlocks(lanes, block);
        Sha256x8.SetState(state, inner);
        Sha256x8.Compress(state, block);

        // The inner digest words are the outer block's first eight words: no byte round trip.
        state.CopyTo(block);
        block[8] = Vector256.Create(0x80000000u);
        block[9..15].Clear();
        block[15] = Vector256.Create((64u + 32u) * 8u);
        Sha256x8.SetState(state, outer);
        Sha256x8.Compress(state, block);
        for (var l = 0; l < Sha256x8.Lanes; l++)
        {
            output[l] = ((ulong)state[0].GetElement(l) << 32) | state[1].GetElement(l);
        }
    }

    private void InnerThenOuter(ReadOnlySpan<byte> message, Span<uint> state)
    {
        inner.CopyTo(state);
        Sha256Compression.Finish(state, 64, message);
        Span<byte> innerDigest = stackalloc byte[32];
        Sha256Compression.WriteDigest(state, innerDigest);
        outer.CopyTo(state);
        Sha256Compression.Finish(state, 64, innerDigest);
    }
}
