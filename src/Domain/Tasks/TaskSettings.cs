using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Tasks;

/// <summary>Which targets a task may draw from (§4.1). An empty list means "no restriction" on that facet.</summary>
public sealed record TargetScope(
    IReadOnlyList<TargetKind> Kinds,
    IReadOnlyList<string> RegionPrefixes,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TargetStatus> Statuses)
{
    public static TargetScope Everything { get; } = new([], [], [], [], [], [TargetStatus.Active]);
}

/// <summary>Which officers may be drawn (§3.3.3): the whole bureau (no units) or the listed units.</summary>
public sealed record OfficerScope(IReadOnlyList<Guid> UnitIds);

/// <summary>Exclusion rules applied before the snapshot is frozen (§5.1.1.2).</summary>
/// <param name="InspectedThisYear">Leave out targets drawn by any sealed draw of the same year.</param>
/// <param name="InspectedThisYearForSameItem">Leave out targets drawn this year by a task sharing an item.</param>
/// <param name="OnOpenTaskThisYear">Leave out targets drawn by a task of the same year that is not closed.</param>
public sealed record ExclusionRules(bool InspectedThisYear, bool InspectedThisYearForSameItem, bool OnOpenTaskThisYear)
{
    public static ExclusionRules Default { get; } = new(false, true, true);
}

/// <summary>
/// One stratum (§4.2.1): a risk tier (A–D, or U for unrated), optionally narrowed to a region prefix,
/// drawing either a ratio in basis points or a fixed count. Its DR1 key is <c>A</c> or <c>A:6401</c>.
/// </summary>
public sealed record StratumRule(string Tier, string? RegionPrefix, int? RatioBp, int? Count)
{
    public const string Unrated = "U";

    public string Key => RegionPrefix is null ? Tier : $"{Tier}:{RegionPrefix}";

    public static string TierOf(RiskTier? tier) => tier?.ToString() ?? Unrated;
}

/// <summary>Everything a task is drawn with. Frozen once a draw is prepared.</summary>
public sealed record TaskSettings(
    IReadOnlyList<Guid> ItemIds,
    string? LeadDepartmentCode,
    TargetScope TargetScope,
    OfficerScope OfficerScope,
    ExclusionRules Exclusions,
    IReadOnlyList<StratumRule> Strata,
    int Groups,
    int OfficersPerGroup,
    int TargetsPerGroup,
    int MinCertifiedPerGroup,
    DateOnly? DisclosureDate,
    bool AllowOverlap);
