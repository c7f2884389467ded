using System.Runtime.CompilerServices;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The targets snapshot checked and indexed once: stratum of every leaf, and the leaves in the
/// §4 order (UTF-8 bytes of the leaf) without building a string per leaf.
/// </summary>
internal sealed class TargetTable
{
    private TargetTable(TargetLeaf[] targets, string[] strata, int[] stratumOf, int[] weights, LeafSortKey[] order, bool inLeafOrder)
    {
        InputInLeafOrder = inLeafOrder;
        Targets = targets;
        Weights = weights;
        StratumKeys = strata;
        StratumBytes = [.. strata.Select(Encoding.ASCII.GetBytes)];
        StratumOf = stratumOf;
        Order = order;
    }

    public TargetLeaf[] Targets { get; }

    public string[] StratumKeys { get; }

    /// <summary>Weights by target index, contiguous for the per-stratum scans.</summary>
    public int[] Weights { get; }

    public byte[][] StratumBytes { get; }

    public int[] StratumOf { get; }

    public LeafSortKey[] Order { get; }

    /// <summary>The leaves came already in §4 order without duplicates (a stored snapshot always does): no sort was needed.</summary>
    public bool InputInLeafOrder { get; }

    /// <summary>The leaves in §4 order: the input itself when it already was, else gathered through <see cref="Order"/>.</summary>
    public TargetLeaf[] InLeafOrder()
    {
        if (InputInLeafOrder)
        {
            return Targets;
        }

        var ordered = new TargetLeaf[Order.Length];
        for (var k = 0; k < ordered.Length; k++)
        {
            ordered[k] = Targets[Order[k].Index];
        }

        return ordered;
    }

    /// <summary>Builds the table, adding an error per broken leaf (at most <paramref name="maxErrors"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TargetTable Build(
        Dr1Parameters parameters, IReadOnlyList<TargetLeaf> leaves, List<DrawFieldError> errors, int maxErrors)
    {
        var targets = leaves as TargetLeaf[] ?? [.. leaves];
        var strata = parameters.StratumKeys().ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var h = 0; h < strata.Length; h++)
        {
            index[strata[h]] = h;
        }

        var stratumOf = new int[targets.Length];
        var weights = new int[targets.Length];
        var order = new LeafSortKey[targets.Length];
        Span<byte> prefix = stackalloc byte[LeafSortKey.PrefixBytes];
        string? lastStratum = null;
        var lastIndex = -1;
        var comparer = new LeafOrder(targets);
        var inLeafOrder = true;
        for (var i = 0; i < targets.Length; i++)
        {
            var t = targets[i];
            if (!ReferenceEquals(t.Stratum, lastStratum))
            {
                lastStratum = t.Stratum;
                lastIndex = t.Stratum is not null && index.TryGetValue(t.Stratum, out var h) ? h : -1;
            }

            stratumOf[i] = lastIndex;
            weights[i] = t.Weight;
            if (errors.Count < maxErrors)
            {
                Check(t, i, lastIndex, errors);
            }

            order[i] = LeafSortKey.For(t.Code ?? string.Empty, i, prefix);

            // Strictly increasing so far: already sorted and free of duplicates (a stored snapshot is read back this way).
            inLeafOrder = inLeafOrder && (i == 0 || comparer.Compare(order[i - 1], order[i]) < 0);
        }

        if (inLeafOrder)
        {
            return new TargetTable(targets, strata, stratumOf, weights, order, inLeafOrder: true);
        }

        order = LeafSort.Sort(order, comparer);
        for (var i = 1; i < order.Length && errors.Count < maxErrors; i++)
        {
            if (comparer.Compare(order[i - 1], order[i]) != 0)
            {
                continue;
            }

            // An invalid code is reported once, as invalid, not again as a duplicate.
            var code = targets[order[i].Index].Code;
            if (Dr1Limits.IsToken(code))
            {
                errors.Add(new DrawFieldError(
                    $"targets[{order[i].Index}]",
                    $"code {code} appears more than once in the targets snapshot",
                    $"检查对象代码 {code} 在名录快照中重复出现"));
            }
        }

        return new TargetTable(targets, strata, stratumOf, weights, order, inLeafOrder: false);
    }

    private static void Check(TargetLeaf t, int i, int stratum, List<DrawFieldError> errors)
    {
        if (Dr1Limits.IsToken(t.Code) && stratum >= 0 && t.Weight is >= Dr1Limits.MinWeight and <= Dr1Limits.MaxWeight)
        {
            return;
        }

        var field = $"targets[{i}]";
        if (!Dr1Limits.IsToken(t.Code))
        {
            errors.Add(new DrawFieldError(field, "code must match [0-9A-Za-z._:-]{1,64}", "检查对象代码须为 1 至 64 位字母、数字或 . _ : -"));
        }
        else if (stratum < 0)
        {
            errors.Add(new DrawFieldError(field, $"stratum '{t.Stratum}' has no allocation", $"分层“{t.Stratum}”未在 allocation 中分配抽取数量"));
        }

        if (t.Weight is < Dr1Limits.MinWeight or > Dr1Limits.MaxWeight)
        {
            errors.Add(new DrawFieldError(field, "weight must be an integer in 1..1000000", "权重须为 1 至 1000000 之间的整数"));
        }
    }
}
