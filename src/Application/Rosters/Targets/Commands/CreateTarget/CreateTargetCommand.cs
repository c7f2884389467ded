using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.CreateTarget;

/// <summary>Adds a target to the roster (§3.2).</summary>
/// <param name="Code">Unified social credit code (GB 32100) for enterprises, individual businesses, institutions and social organisations; <c>PRD-/PRJ-/BHV-&lt;division&gt;-&lt;seq&gt;</c> for products, projects, behaviours.</param>
/// <param name="Kind">The kind; when omitted it is inferred from the code.</param>
/// <param name="RegisteredCapital">注册资本 in 万元, ≥ 0.</param>
/// <param name="Weight">Draw weight override, 1..1000000.</param>
public sealed record CreateTargetCommand(
    string? Code, TargetKind? Kind, string? Name, string? LegalRepresentative, string? Address, string? RegionCode,
    string? IndustrySection, string? IndustryDivision, IReadOnlyList<string>? DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, TargetStatus? Status, RiskTier? RiskTier, CreditClass? CreditClass,
    IReadOnlyList<string>? Tags, int? Weight) : ICommand<TargetDto>, ITargetFields
{
    /// <summary>Computed, not part of the request (nor of its OpenAPI schema).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TargetKind? ResolvedKind => Kind ?? (Code is null ? null : TargetChecks.InferKind(Code));
}
