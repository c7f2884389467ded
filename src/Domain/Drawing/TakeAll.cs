using System.Runtime.CompilerServices;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 §6 step 1: units whose n'·w reaches W are selected with certainty, repeatedly, because
/// removing them raises the share of the rest. All in exact 64-bit integers.
/// </summary>
internal static class TakeAll
{
    /// <summary>
    /// Compacts <paramref name="active"/> (positions into <paramref name="weights"/>) to the units
    /// left after take-all; the result lists the taken positions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Outcome Run(int[] weights, int[] active, int sampleSize)
    {
        long remaining = sampleSize;
        long total = 0;
        foreach (var a in active)
        {
            total += weights[a];
        }

        var taken = new List<int>();
        var count = active.Length;
        while (remaining > 0 && count > 0)
        {
            long max = 0;
            for (var a = 0; a < count; a++)
            {
                max = Math.Max(max, weights[active[a]]);
            }

            if (remaining * max < total)
            {
                break;
            }

            var kept = 0;
            long takenWeight = 0;
            var takenNow = 0;
            for (var a = 0; a < count; a++)
            {
                var unit = active[a];
                if (remaining * weights[unit] >= total)
                {
                    taken.Add(unit);
                    takenWeight += weights[unit];
                    takenNow++;
                }
                else
                {
                    active[kept++] = unit;
                }
            }

            count = kept;
            remaining -= takenNow;
            total -= takenWeight;
        }

        return new Outcome(taken, count, remaining, total);
    }

    public sealed record Outcome(List<int> Taken, int ActiveCount, long Remaining, long Weight);
}
