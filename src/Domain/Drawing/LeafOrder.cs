namespace DoubleRandom.Domain.Drawing;

internal readonly struct LeafOrder(TargetLeaf[] targets) : IComparer<LeafSortKey>
{
    public int Compare(LeafSortKey x, LeafSortKey y)
    {
        if (x.K0 != y.K0)
        {
            return x.K0 < y.K0 ? -1 : 1;
        }

        if (x.K1 != y.K1)
        {
            return x.K1 < y.K1 ? -1 : 1;
        }

        if (x.K2 != y.K2)
        {
            return x.K2 < y.K2 ? -1 : 1;
        }

        return Leaves.CompareField(targets[x.Index].Code ?? string.Empty, targets[y.Index].Code ?? string.Empty);
    }
}
