using System.Runtime.CompilerServices;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// U("T|" + stratum + "|" + code) for many targets of one stratum: labels are written into lane
/// blocks (no strings), hashed eight at a time, chunks spread over the cores.
/// </summary>
internal static class TargetUniforms
{
    private const int Chunk = 8192;
    private const int MaxLabelBytes = 2 + 64 + 1 + 64;

    public static void Compute(TargetTable table, int stratum, KeyedHash seed, int[] indices, int count, ulong[] output)
    {
        var chunks = (count + Chunk - 1) / Chunk;
        if (chunks <= 1)
        {
            ComputeRange(table, stratum, seed, indices, 0, count, output);
            return;
        }

        Parallel.For(0, chunks, chunk =>
        {
            var first = chunk * Chunk;
            ComputeRange(table, stratum, seed, indices, first, Math.Min(Chunk, count - first), output);
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeRange(
        TargetTable table, int stratum, KeyedHash seed, int[] indices, int first, int count, ulong[] output)
    {
        Span<byte> lanes = stackalloc byte[Sha256x8.Lanes * 64];
        Span<int> lengths = stackalloc int[Sha256x8.Lanes];
        Span<ulong> words = stackalloc ulong[Sha256x8.Lanes];
        Span<byte> label = stackalloc byte[MaxLabelBytes];
        var prefix = table.StratumBytes[stratum];
        label[0] = (byte)'T';
        label[1] = (byte)'|';
        prefix.CopyTo(label[2..]);
        label[2 + prefix.Length] = (byte)'|';
        var codeAt = 3 + prefix.Length;
        for (var start = first; start < first + count; start += Sha256x8.Lanes)
        {
            var batch = Math.Min(Sha256x8.Lanes, first + count - start);
            var longMask = 0;
            lengths.Clear();
            for (var l = 0; l < batch; l++)
            {
                var code = table.Targets[indices[start + l]].Code;
                for (var c = 0; c < code.Length; c++)
                {
                    label[codeAt + c] = (byte)code[c];
                }

                var length = codeAt + code.Length;
                if (length <= KeyedHash.MaxShortMessage)
                {
                    label[..length].CopyTo(lanes.Slice(l * 64, 64));
                    lengths[l] = length;
                }
                else
                {
                    // Rare long labels take the general path; their lane hashes an empty label.
                    longMask |= 1 << l;
                    output[start + l] = seed.FirstUInt64(label[..length]);
                }
            }

            seed.FirstUInt64x8(lanes, lengths, words);
            for (var l = 0; l < batch; l++)
            {
                if ((longMask & (1 << l)) == 0)
                {
                    output[start + l] = words[l];
                }
            }
        }
    }
}
