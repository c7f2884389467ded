using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The targets snapshot checked and indexed once: stratum of every leaf, and the leaves in the
/// §4 order (UTF-8 bytes of the leaf) without building a string per leaf.
/// </summary>
internal sealed class TargetTable
{
    private TargetTable(TargetLeaf[] targets, string[] strata, int[] stratumOf, int[] weights, SortKey[] order)
    {
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

    public SortKey[] Order { get; }

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
        var order = new SortKey[targets.Length];
        Span<byte> prefix = stackalloc byte[SortKey.PrefixBytes];
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
            weights[i] = t.Weight;
            if (errors.Count < maxErrors)
            {
                Check(t, i, lastIndex, errors);
            }

            order[i] = SortKey.For(t.Code ?? string.Empty, i, prefix);
        }

        order = LeafSort.Sort(order, new LeafOrder(targets));
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

        return new TargetTable(targets, strata, stratumOf, weights, order);
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
    internal readonly record struct SortKey(ulong K0, ulong K1, ulong K2, int Index) : IComparable<SortKey>
    {
        public const int PrefixBytes = 24;

        /// <summary>Packs the key; <paramref name="scratch"/> holds <see cref="PrefixBytes"/> bytes.</summary>
        public static SortKey For(string code, int index, Span<byte> scratch)
        {
            scratch.Clear();
            var length = Math.Min(code.Length, PrefixBytes);

            // Codes are ASCII once validated; anything else is refused before the order matters.
            for (var p = 0; p < length; p++)
            {
                scratch[p] = (byte)code[p];
            }

            if (code.Length < PrefixBytes)
            {
                scratch[code.Length] = (byte)'|';
            }

            return new SortKey(
                BinaryPrimitives.ReadUInt64BigEndian(scratch),
                BinaryPrimitives.ReadUInt64BigEndian(scratch[8..]),
                BinaryPrimitives.ReadUInt64BigEndian(scratch[16..]),
                index);
        }

        /// <summary>
        /// Orders by the packed prefix, then by index only to be total: keys with equal prefixes
        /// are put in leaf order afterwards by <see cref="LeafOrder"/>.
        /// </summary>
        public int CompareTo(SortKey other) =>
            K0 != other.K0 ? (K0 < other.K0 ? -1 : 1)
            : K1 != other.K1 ? (K1 < other.K1 ? -1 : 1)
            : K2 != other.K2 ? (K2 < other.K2 ? -1 : 1)
            : Index.CompareTo(other.Index);

        public bool SamePrefix(SortKey other) => K0 == other.K0 && K1 == other.K1 && K2 == other.K2;

        /// <summary>Prefix word 0, 1 or 2 (0 past the end).</summary>
        public ulong Word(int word) => word switch { 0 => K0, 1 => K1, 2 => K2, _ => 0 };
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
