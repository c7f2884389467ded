using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Tasks;

/// <summary>The fields of a task as sent by a client; shared by create and update.</summary>
public interface ITaskFields
{
    int? Year { get; }

    string? Name { get; }

    IReadOnlyList<Guid>? ItemIds { get; }

    string? LeadDepartmentCode { get; }

    TargetScopeInput? TargetScope { get; }

    IReadOnlyList<Guid>? OfficerUnitIds { get; }

    ExclusionRules? Exclusions { get; }

    IReadOnlyList<StratumRule>? Strata { get; }

    int? Groups { get; }

    int? OfficersPerGroup { get; }

    int? TargetsPerGroup { get; }

    int? MinCertifiedPerGroup { get; }

    DateOnly? DisclosureDate { get; }

    bool? AllowOverlap { get; }

    /// <summary>How risk feeds the draw (#16); Tier when not given.</summary>
    RiskWeighting? RiskWeighting { get; }

    /// <summary>α of the score mode in basis points (0..10000); 1000 = 10 % when not given.</summary>
    int? UniformShareBp { get; }
}
