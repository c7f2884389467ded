namespace DoubleRandom.Analytics.Evaluation.Reports.Sections;

/// <summary>
/// What a design key says about its stratum. A draw's design is "{drawId:N}|{stratum}" with the DR1 stratum key
/// "A" or "A:6401" (tier A–D or U for unrated, optionally narrowed to a region prefix); history's pseudo-strata
/// "h|{year}|{taskName}|{stratum}" say nothing (their population is unknown).
/// </summary>
public readonly record struct DesignStratum(string? Tier, string? RegionPrefix)
{
    /// <summary>The key of targets without a tier in the report's rows (DR1's stratum letter U).</summary>
    public const string NoTier = "none";

    private const string Unrated = "U";

    /// <summary>The stratum a design key names; both parts null for history or a key it cannot read.</summary>
    public static DesignStratum Parse(string design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var bar = design.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || design.StartsWith("h|", StringComparison.Ordinal))
            return default;
        var key = design[(bar + 1)..];
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var tier = colon < 0 ? key : key[..colon];
        var prefix = colon < 0 ? null : key[(colon + 1)..];
        return tier.Length == 0 ? default : new DesignStratum(tier, string.IsNullOrEmpty(prefix) ? null : prefix);
    }

    /// <summary>Whether every target of this stratum has the tier of the row <paramref name="tierKey"/> (A–D, or "none"/"U").</summary>
    public bool LiesInTier(string tierKey) =>
        Tier is not null && (Tier == tierKey || (Tier == Unrated && tierKey == NoTier));

    /// <summary>
    /// Whether every target of this stratum lies in the prefecture <paramref name="regionKey"/> (4 digits + "00"): its
    /// region prefix names that prefecture or a county in it.
    /// </summary>
    public bool LiesInRegion(string regionKey) =>
        RegionPrefix is { Length: >= 4 } prefix && regionKey.Length >= 4 &&
        prefix.StartsWith(regionKey[..4], StringComparison.Ordinal);
}
