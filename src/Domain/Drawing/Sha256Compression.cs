using System.Buffers.Binary;
using System.Numerics;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The SHA-256 compression function (FIPS 180-4 §6.2.2) in managed code. The BCL only hashes whole
/// messages; DR1 needs to resume from a precomputed state (the HMAC key pads) millions of times,
/// which costs two compressions per label instead of a full HMAC call.
/// </summary>
internal static class Sha256Compression
{
    internal static ReadOnlySpan<uint> RoundConstants =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    internal static ReadOnlySpan<uint> InitialState =>
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    public static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4, 4));
        }

        CompressWords(state, w);
    }

    /// <summary>Compresses a block given as 16 big-endian words in <c>w[0..16]</c>; w (64 words) is scratch.</summary>
    public static void CompressWords(Span<uint> state, Span<uint> w)
    {
        for (var i = 16; i < 64; i++)
        {
            var x = w[i - 15];
            var y = w[i - 2];
            var s0 = BitOperations.RotateRight(x, 7) ^ BitOperations.RotateRight(x, 18) ^ (x >> 3);
            var s1 = BitOperations.RotateRight(y, 17) ^ BitOperations.RotateRight(y, 19) ^ (y >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3];
        uint e = state[4], f = state[5], g = state[6], h = state[7];
        var k = RoundConstants;
        for (var i = 0; i < 64; i++)
        {
            var s1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var ch = (e & f) ^ (~e & g);
            var t1 = h + s1 + ch + k[i] + w[i];
            var s0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var maj = (a & b) ^ (a & c) ^ (b & c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + s0 + maj;
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
    /// Finishes a SHA-256 whose first <paramref name="prefixLength"/> bytes (a multiple of 64) are
    /// already absorbed in <paramref name="state"/>; <paramref name="state"/> ends as the digest words.
    /// </summary>
    public static void Finish(Span<uint> state, long prefixLength, ReadOnlySpan<byte> message)
    {
        var full = message.Length / 64 * 64;
        for (var offset = 0; offset < full; offset += 64)
        {
            Compress(state, message.Slice(offset, 64));
        }

        Span<byte> tail = stackalloc byte[128];
        tail.Clear();
        var rest = message[full..];
        rest.CopyTo(tail);
        tail[rest.Length] = 0x80;
        var tailLength = rest.Length + 9 <= 64 ? 64 : 128;
        var bitLength = (ulong)(prefixLength + message.Length) * 8;
        BinaryPrimitives.WriteUInt64BigEndian(tail.Slice(tailLength - 8, 8), bitLength);
        Compress(state, tail[..64]);
        if (tailLength == 128)
        {
            Compress(state, tail.Slice(64, 64));
        }
    }

    public static void WriteDigest(ReadOnlySpan<uint> state, Span<byte> destination)
    {
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(i * 4, 4), state[i]);
        }
    }
}
