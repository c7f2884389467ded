namespace DoubleRandom.Domain.Rosters;

/// <summary>The changeable facts of a target, as one value so create, update and import share them.</summary>
public sealed record TargetDetails(
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
    int? Weight);
