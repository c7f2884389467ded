using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The targets snapshot checked and indexed once: stratum of every leaf, and the leaves in the
/// §4 order (UTF-8 bytes of the leaf) without building a string per leaf.
/// </summary>
internal sealed class TargetTable
{
    private TargetTable(TargetLeaf[] targets, string[] strata, int[] stratumOf, SortKey[] order)
    {
        Targets = targets;
        StratumKeys = strata;
        StratumBytes = [.. strata.Select(Encoding.ASCII.GetBytes)];
        StratumOf = stratumOf;
        Order = order;
    }

    public TargetLeaf[] Targets { get; }

    public string[] StratumKeys { get; }

    public byte[][] StratumBytes { get; }

    public int[] StratumOf { get; }

    public SortKey[] Order { get; }

    /// <summary>Builds the table, adding an error per broken leaf (at most <paramref name="maxErrors"/>).</summary>
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
        var order = new SortKey[targets.Length];
        string? lastStratum = null;
        var lastIndex = -1;
        for (var i = 0; i < targets.Length; i++)
        {
            var t = targets[i];
            if (!ReferenceEquals(t.Stratum, lastStratum))
            {
                lastStratum = t.Stratum;
                lastIndex = t.Stratum is not null && index.TryGetValue(t.Stratum, out var h) ? h : -1;
            }

            stratumOf[i] = lastIndex;
            if (errors.Count < maxErrors)
            {
                Check(t, i, lastIndex, errors);
            }

            order[i] = SortKey.For(t.Code ?? string.Empty, i);
        }

        order = SortInParallel(order, new LeafOrder(targets));
        for (var i = 1; i < order.Length && errors.Count < maxErrors; i++)
        {
            if (new LeafOrder(targets).Compare(order[i - 1], order[i]) == 0)
            {
                var code = targets[order[i].Index].Code;
                errors.Add(new DrawFieldError(
                    $"targets[{order[i].Index}]",
                    $"code {code} appears more than once in the targets snapshot",
                    $"检查对象代码 {code} 在名录快照中重复出现"));
            }
        }

        return new TargetTable(targets, strata, stratumOf, order);
    }

    /// <summary>Two cores sort a half each; one merge pass is cheaper than the second half of a sort.</summary>
    private static SortKey[] SortInParallel(SortKey[] keys, LeafOrder comparer)
    {
        if (keys.Length < 1 << 16)
        {
            keys.AsSpan().Sort(comparer);
            return keys;
        }

        var half = keys.Length / 2;
        Parallel.Invoke(() => keys.AsSpan(0, half).Sort(comparer), () => keys.AsSpan(half).Sort(comparer));
        var merged = new SortKey[keys.Length];
        int a = 0, b = half, m = 0;
        while (a < half && b < keys.Length)
        {
            merged[m++] = comparer.Compare(keys[b], keys[a]) < 0 ? keys[b++] : keys[a++];
        }

        keys.AsSpan(a, half - a).CopyTo(merged.AsSpan(m));
        m += half - a;
        keys.AsSpan(b).CopyTo(merged.AsSpan(m));
        return merged;
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

    /// <summary>
    /// The first 24 bytes of <c>code|</c>, zero padded, as three big-endian integers. Codes are unique
    /// and '|' sorts after every code character, so <c>code|</c> decides the leaf order on its own.
    /// </summary>
    internal readonly record struct SortKey(ulong K0, ulong K1, ulong K2, int Index)
    {
        public static SortKey For(string code, int index) =>
            new(Pack(code, 0), Pack(code, 8), Pack(code, 16), index);

        private static ulong Pack(string code, int start)
        {
            ulong value = 0;
            for (var p = start; p < start + 8; p++)
            {
                var b = p < code.Length ? code[p] : p == code.Length ? '|' : 0;
                value = (value << 8) | (byte)b;
            }

            return value;
        }
    }

    internal readonly struct LeafOrder(TargetLeaf[] targets) : IComparer<SortKey>
    {
        public int Compare(SortKey x, SortKey y)
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

            return CompareLeafCodes(targets[x.Index].Code, targets[y.Index].Code);
        }

        private static int CompareLeafCodes(string a, string b)
        {
            var common = Math.Min(a.Length, b.Length);
            var c = string.CompareOrdinal(a, 0, b, 0, common);
            if (c != 0 || a.Length == b.Length)
            {
                return Math.Sign(c);
            }

            // The shorter code meets '|' where the longer has a smaller code character.
            return a.Length < b.Length ? 1 : -1;
        }
    }
}
