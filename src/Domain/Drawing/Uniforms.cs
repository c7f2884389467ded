using System.Globalization;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>DR1 §5: every random number is a keyed hash of a stable label, never a library RNG.</summary>
public static class Uniforms
{
    private const double TwoPow53 = 9007199254740992.0;

    /// <summary>u = (2·(U ≫ 12) + 1) / 2^53: exact in binary64 and strictly inside (0, 1).</summary>
    public static double ToUnitInterval(ulong u) => ((2 * (u >> 12)) + 1) / TwoPow53;

    /// <summary>u(label) under the draw seed K.</summary>
    public static double Uniform(KeyedHash seed, string label)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(label);
        var max = Encoding.UTF8.GetMaxByteCount(label.Length);
        Span<byte> bytes = max <= 512 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(label, bytes);
        return ToUnitInterval(seed.FirstUInt64(bytes[..length]));
    }

    /// <summary>u(label) for many labels, hashed eight at a time.</summary>
    public static double[] Uniform(KeyedHash seed, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(labels);
        var result = new double[labels.Count];
        Span<byte> lanes = stackalloc byte[Sha256x8.Lanes * 64];
        Span<int> lengths = stackalloc int[Sha256x8.Lanes];
        Span<ulong> words = stackalloc ulong[Sha256x8.Lanes];
        for (var start = 0; start < labels.Count; start += Sha256x8.Lanes)
        {
            var batch = Math.Min(Sha256x8.Lanes, labels.Count - start);
            lengths.Clear();
            for (var l = 0; l < batch; l++)
            {
                var label = labels[start + l];
                var fits = Encoding.UTF8.GetByteCount(label) <= KeyedHash.MaxShortMessage;
                lengths[l] = fits ? Encoding.UTF8.GetBytes(label, lanes.Slice(l * 64, 64)) : 0;
                result[start + l] = fits ? 0 : Uniform(seed, label);
            }

            seed.FirstUInt64x8(lanes, lengths, words);
            for (var l = 0; l < batch; l++)
            {
                // A uniform is never 0, so 0 marks a lane that the eight-lane hash computed.
                if (result[start + l] == 0)
                {
                    result[start + l] = ToUnitInterval(words[l]);
                }
            }
        }

        return result;
    }

    /// <summary>The 16 lowercase hex digits of the IEEE-754 binary64 bit pattern.</summary>
    public static string Hex64(double x) =>
        BitConverter.DoubleToUInt64Bits(x).ToString("x16", CultureInfo.InvariantCulture);
}
