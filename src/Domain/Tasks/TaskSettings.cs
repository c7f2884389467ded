namespace DoubleRandom.Domain.Tasks;

/// <summary>
/// Everything a task is drawn with. Frozen once a draw is prepared. <paramref name="RiskWeighting"/> and
/// <paramref name="UniformShareBp"/> (α in basis points, used by <see cref="RiskWeighting.Score"/>) default to the tier mode
/// and 10 %: settings stored before #16 read back with them.
/// </summary>
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
    bool AllowOverlap,
    RiskWeighting RiskWeighting = RiskWeighting.Tier,
    int UniformShareBp = TaskSettings.DefaultUniformShareBp)
{
    /// <summary>α = 10 % unless the task says otherwise.</summary>
    public const int DefaultUniformShareBp = 1000;
}
