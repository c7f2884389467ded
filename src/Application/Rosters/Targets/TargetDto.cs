using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

/// <summary>A target as the API returns it. Times are UTC; dates are calendar days.</summary>
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
