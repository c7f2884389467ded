using System.Runtime.CompilerServices;
using System.Text;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// Decides, row by row, which targets of a task's scope become leaves of the targets snapshot (§2: eligibility is
/// decided before the snapshot): the scope facets, the exclusions, and the stratum (the most specific rule of the
/// target's tier: a matching region prefix first, then the tier alone). A target whose tier has no rule, or whose
/// code is not a DR1 token, is skipped and counted. Works on the row's bytes, so a million rows cost one string each
/// (the code) and no other allocation. In <see cref="RiskWeighting.Score"/> mode each leaf's weight comes from the
/// model scores (<see cref="ScoreWeights"/>) once every row is read; in both modes the model version of each target's
/// tier is kept for the draw's record.
/// </summary>
public sealed class TargetCollector
{
    private const int Tiers = 5;

    private readonly byte[][] _regionPrefixes;
    private readonly byte[][] _industries;
    private readonly byte[][] _departments;
    private readonly byte[][] _tags;
    private readonly (byte[]? Prefix, string Key)[][] _rulesByTier;
    private readonly IReadOnlySet<string> _excluded;
    private readonly int[] _unstratified = new int[Tiers];
    private readonly RiskWeighting _weighting;
    private readonly int _uniformShareBp;
    private TargetLeaf[] _leaves = new TargetLeaf[1 << 16];
    private double[] _scores = [];
    private int[] _versions = new int[1 << 16];
    private int _count;
    private int _versioned;
    private int _unscored;
    private int _versionMin = int.MaxValue;
    private int _versionMax = int.MinValue;

    public TargetCollector(
        TargetScope scope, IReadOnlyList<StratumRule> strata, IReadOnlySet<string> excluded, RiskWeighting weighting = RiskWeighting.Tier,
        int uniformShareBp = TaskSettings.DefaultUniformShareBp)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(strata);
        Scope = scope;
        _excluded = excluded;
        _weighting = weighting;
        _uniformShareBp = uniformShareBp;
        if (weighting == RiskWeighting.Score)
        {
            _scores = new double[_leaves.Length];
        }

        _regionPrefixes = [.. scope.RegionPrefixes.Select(Encoding.UTF8.GetBytes)];
        _industries = [.. scope.Industries.Select(Encoding.UTF8.GetBytes)];
        _departments = [.. scope.Departments.Select(d => Encoding.UTF8.GetBytes($"|{d}|"))];
        _tags = [.. scope.Tags.Select(g => Encoding.UTF8.GetBytes($"|{g}|"))];
        _rulesByTier = new (byte[]?, string)[Tiers][];
        for (var tier = 0; tier < Tiers; tier++)
        {
            var name = tier < 4 ? ((RiskTier)tier).ToString() : StratumRule.Unrated;

            // Stable: among rules with prefixes of the same length the first listed wins, as before.
            _rulesByTier[tier] = [.. strata.Where(r => string.Equals(r.Tier, name, StringComparison.Ordinal))
                .OrderByDescending(r => r.RegionPrefix?.Length ?? -1)
                .Select(r => (r.RegionPrefix is null ? null : Encoding.UTF8.GetBytes(r.RegionPrefix), r.Key))];
        }
    }

    /// <summary>The scope the rows are read for (the store may pre-filter by it; every row is checked here again).</summary>
    public TargetScope Scope { get; }

    /// <summary>Statuses to read: the scope's, or active ones only.</summary>
    public IReadOnlyList<TargetStatus> Statuses => Scope.Statuses.Count > 0 ? Scope.Statuses : [TargetStatus.Active];

    /// <summary>Whether the rows must carry the industry columns.</summary>
    public bool NeedsIndustry => _industries.Length > 0;

    /// <summary>Whether the rows must carry the department and tag lists.</summary>
    public bool NeedsLists => _departments.Length > 0 || _tags.Length > 0;

    /// <summary>In-scope targets left out because their tier has no stratum rule or their code is not a DR1 token.</summary>
    public int Skipped { get; private set; }

    public int Count => _count;

    /// <summary>Room for about this many rows (the store's estimate), so a million leaves are not reached by doubling.</summary>
    public void Reserve(int rows)
    {
        if (rows > _leaves.Length)
        {
            Grow(Math.Min(rows, Array.MaxLength));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in TargetScopeRow row)
    {
        if (!InScope(row))
        {
            return;
        }

        var code = Encoding.UTF8.GetString(row.Code);
        if (_excluded.Contains(code))
        {
            return;
        }

        var key = StratumOf(row.RiskTier, row.RegionCode);
        if (key is null || !Dr1Limits.IsToken(code))
        {
            Skipped++;
            if (key is null && (row.RiskTier == 0 || (uint)(row.RiskTier - 'A') < Tiers - 1))
            {
                _unstratified[row.RiskTier == 0 ? Tiers - 1 : row.RiskTier - 'A']++;
            }

            return;
        }

        if (_count == _leaves.Length)
        {
            Grow(_leaves.Length * 2);
        }

        if (row.RiskModelVersion is { } version)
        {
            _versions[_count] = version;
            _versioned++;
            _versionMin = Math.Min(_versionMin, version);
            _versionMax = Math.Max(_versionMax, version);
        }
        else
        {
            _versions[_count] = 0;
        }

        if (row.RiskScore is not { } score || !double.IsFinite(score))
        {
            _unscored++;
        }

        if (_weighting == RiskWeighting.Score)
        {
            // The weight is set from the scores once the stratum's mean is known; an explicit Target.Weight does not apply.
            _scores[_count] = row.RiskScore is { } p && double.IsFinite(p) ? Math.Clamp(p, 0, 1) : double.NaN;
            _leaves[_count++] = new TargetLeaf(code, key, 1);
        }
        else
        {
            _leaves[_count++] = new TargetLeaf(code, key, row.Weight ?? 1);
        }
    }

    /// <summary>
    /// In-scope targets of each tier (A, B, C, D, U) that no stratum rule takes: they are left out of the snapshot, so their
    /// inclusion probability is 0 (#16: feasibility reports them).
    /// </summary>
    public IReadOnlyDictionary<string, int> Unstratified()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var tier = 0; tier < Tiers; tier++)
        {
            if (_unstratified[tier] > 0)
            {
                result[tier < 4 ? ((RiskTier)tier).ToString() : StratumRule.Unrated] = _unstratified[tier];
            }
        }

        return result;
    }

    /// <summary>The mode, α and the model versions of the targets collected.</summary>
    public DrawRiskUse RiskUse() => new(
        _weighting, _uniformShareBp, _versioned > 0 ? _versionMin : null, _versioned > 0 ? _versionMax : null, _versioned, _unscored);

    /// <summary>Each collected target whose tier came from a model scoring, with that model's version, in the order read.</summary>
    public IEnumerable<(string Code, int Version)> ModelVersions()
    {
        for (var i = 0; i < _count; i++)
        {
            if (_versions[i] != 0)
            {
                yield return (_leaves[i].Code, _versions[i]);
            }
        }
    }

    /// <summary>A row read as strings (the embedded database's path).</summary>
    public void Add(
        string code, RiskTier? riskTier, string regionCode, int? weight, string? industrySection, string? industryDivision,
        string departmentCodes, string tags, double? riskScore = null, int? riskModelVersion = null) =>
        Add(new TargetScopeRow(
            Encoding.UTF8.GetBytes(code), riskTier is { } tier ? (byte)('A' + (int)tier) : (byte)0, Encoding.UTF8.GetBytes(regionCode), weight,
            Encoding.UTF8.GetBytes(industrySection ?? string.Empty), Encoding.UTF8.GetBytes(industryDivision ?? string.Empty),
            Encoding.UTF8.GetBytes(departmentCodes), Encoding.UTF8.GetBytes(tags), riskScore, riskModelVersion));

    /// <summary>The leaves collected, in the order read (DR1 sorts them); in score mode with their weights from the scores.</summary>
    public TargetLeaf[] ToArray()
    {
        var leaves = _leaves.AsSpan(0, _count).ToArray();
        if (_weighting == RiskWeighting.Score)
        {
            ScoreWeights.Apply(leaves, _scores.AsSpan(0, _count), _uniformShareBp);
        }

        return leaves;
    }

    private void Grow(int size)
    {
        Array.Resize(ref _leaves, size);
        Array.Resize(ref _versions, size);
        if (_weighting == RiskWeighting.Score)
        {
            Array.Resize(ref _scores, size);
        }
    }

    private bool InScope(in TargetScopeRow row) =>
        (_regionPrefixes.Length == 0 || AnyPrefix(row.RegionCode, _regionPrefixes))
        && (_industries.Length == 0 || AnyEqual(row.IndustrySection, row.IndustryDivision, _industries))
        && (_departments.Length == 0 || AnyContained(row.DepartmentCodes, _departments))
        && (_tags.Length == 0 || AnyContained(row.Tags, _tags));

    private string? StratumOf(byte riskTier, ReadOnlySpan<byte> region)
    {
        var tier = riskTier == 0 ? Tiers - 1 : riskTier - 'A';
        if ((uint)tier >= Tiers - 1 && riskTier != 0)
        {
            return null;
        }

        foreach (var (prefix, key) in _rulesByTier[tier])
        {
            if (prefix is null || region.StartsWith(prefix))
            {
                return key;
            }
        }

        return null;
    }

    private static bool AnyPrefix(ReadOnlySpan<byte> value, byte[][] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (value.StartsWith(p))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyEqual(ReadOnlySpan<byte> section, ReadOnlySpan<byte> division, byte[][] values)
    {
        foreach (var v in values)
        {
            if (section.SequenceEqual(v) || division.SequenceEqual(v))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ordinal substring search on UTF-8 bytes: the same answer as on the decoded text (UTF-8 is self-synchronising).</summary>
    private static bool AnyContained(ReadOnlySpan<byte> list, byte[][] needles)
    {
        foreach (var n in needles)
        {
            if (list.IndexOf(n) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
