namespace DoubleRandom.Domain.Tasks;

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
