using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Sorts target keys into leaf order: one radix pass on the first two bytes where the codes start
/// to differ (codes of a province share their leading characters), then a comparison sort per
/// bucket, buckets spread over the cores. About half the comparisons of one big sort.
/// </summary>
internal static class LeafSort
{
    private const int Buckets = 1 << 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LeafSortKey[] Sort(LeafSortKey[] keys, LeafOrder comparer)
    {
        var lcp = CommonPrefix(keys);
        if (keys.Length < Buckets || lcp >= 23)
        {
            SortRange(keys, comparer);
            return keys;
        }

        var starts = new int[Buckets + 1];
        foreach (var key in keys)
        {
            starts[Digit(key, lcp) + 1]++;
        }

        for (var d = 0; d < Buckets; d++)
        {
            starts[d + 1] += starts[d];
        }

        var next = (int[])starts.Clone();
        var sorted = new LeafSortKey[keys.Length];
        foreach (var key in keys)
        {
            sorted[next[Digit(key, lcp)]++] = key;
        }

        Parallel.ForEach(Partitioner.Create(0, Buckets, 1024), range =>
        {
            for (var d = range.Item1; d < range.Item2; d++)
            {
                if (starts[d + 1] - starts[d] > 1)
                {
                    SortRange(sorted.AsSpan(starts[d], starts[d + 1] - starts[d]), comparer);
                }
            }
        });
        return sorted;
    }

    /// <summary>
    /// The natural order (a specialised sort, no delegate per comparison) settles every pair whose
    /// 24-byte prefixes differ; runs of equal prefixes are then re-sorted by the full leaf order.
    /// </summary>
    private static void SortRange(Span<LeafSortKey> keys, LeafOrder comparer)
    {
        keys.Sort();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end].SamePrefix(keys[start]))
            {
                end++;
            }

            if (end - start > 1)
            {
                keys[start..end].Sort(comparer);
            }

            start = end;
        }
    }

    /// <summary>The two bytes at <paramref name="lcp"/> (at most 22): they may straddle two prefix words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digit(LeafSortKey key, int lcp)
    {
        var word = lcp >> 3;
        var offset = lcp & 7;
        var value = key.Word(word) << (8 * offset);
        if (offset == 7)
        {
            value |= key.Word(word + 1) >> 8;
        }

        return (int)(value >> 48);
    }

    /// <summary>How many leading prefix bytes every key shares.</summary>
    private static int CommonPrefix(LeafSortKey[] keys)
    {
        if (keys.Length == 0)
        {
            return 24;
        }

        ulong d0 = 0, d1 = 0, d2 = 0;
        var first = keys[0];
        foreach (var key in keys)
        {
            d0 |= key.K0 ^ first.K0;
            d1 |= key.K1 ^ first.K1;
            d2 |= key.K2 ^ first.K2;
        }

        return d0 != 0 ? BitOperations.LeadingZeroCount(d0) / 8
            : d1 != 0 ? 8 + (BitOperations.LeadingZeroCount(d1) / 8)
            : d2 != 0 ? 16 + (BitOperations.LeadingZeroCount(d2) / 8)
            : 24;
    }
}
