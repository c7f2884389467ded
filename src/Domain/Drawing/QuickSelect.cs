using System.Runtime.CompilerServices;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Partial selection: afterwards items[0..k] are the k+1 smallest and items[k] is the k-th.
/// A full sort of a million Q values would cost several times more and is not needed.
/// </summary>
internal static class QuickSelect
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Smallest<T, TComparer>(Span<T> items, int k, TComparer comparer)
        where TComparer : IComparer<T>
    {
        var lo = 0;
        var hi = items.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);

            // Median of three into hi; the keys come from a keyed hash, so no adversarial input.
            if (comparer.Compare(items[mid], items[lo]) < 0)
            {
                (items[mid], items[lo]) = (items[lo], items[mid]);
            }

            if (comparer.Compare(items[hi], items[lo]) < 0)
            {
                (items[hi], items[lo]) = (items[lo], items[hi]);
            }

            if (comparer.Compare(items[mid], items[hi]) < 0)
            {
                (items[mid], items[hi]) = (items[hi], items[mid]);
            }

            var pivot = items[hi];
            var store = lo;
            for (var i = lo; i < hi; i++)
            {
                if (comparer.Compare(items[i], pivot) < 0)
                {
                    (items[i], items[store]) = (items[store], items[i]);
                    store++;
                }
            }

            (items[store], items[hi]) = (items[hi], items[store]);
            if (store == k)
            {
                return;
            }

            if (store < k)
            {
                lo = store + 1;
            }
            else
            {
                hi = store - 1;
            }
        }
    }
}
