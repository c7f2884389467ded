using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

/// <summary>A target as the API returns it. Times are UTC; dates are calendar days.</summary>
/// <param name="RiskScore">The risk model's probability of a problem per checked item, when a model's scoring set the tier (read-only; null once the tier is set by hand or by an import).</param>
/// <param name="RiskModelVersion">The registry version number of the model whose scoring set the tier; null when a person or an import set it.</param>
public sealed record TargetDto(
    Guid Id,
    string Code,
    TargetKind Kind,
    string Name,
    string? LegalRepresentative,
    string? Address,
    string RegionCode,
    string? IndustrySection,
    string? IndustryDivision,
    IReadOnlyList<string> DepartmentCodes,
    DateOnly? RegistrationDate,
    decimal? RegisteredCapital,
    TargetStatus Status,
    RiskTier? RiskTier,
    double? RiskScore,
    int? RiskModelVersion,
    CreditClass? CreditClass,
    IReadOnlyList<string> Tags,
    int? Weight,
    int DrawReferenceCount,
    bool IsRetired,
    DateTime? RetiredAtUtc,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);
