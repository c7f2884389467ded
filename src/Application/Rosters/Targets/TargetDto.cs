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

public static class TargetMapping
{
    // Hand-written: the stored |a|b| lists become arrays, which a generated mapper cannot infer.
    public static TargetDto ToDto(this Target t) => new(
        t.Id, t.Code, t.Kind, t.Name, t.LegalRepresentative, t.Address, t.RegionCode, t.IndustrySection, t.IndustryDivision,
        TagList.Split(t.DepartmentCodes), t.RegistrationDate, t.RegisteredCapital, t.Status, t.RiskTier, t.CreditClass,
        TagList.Split(t.Tags), t.Weight, t.DrawReferenceCount, t.IsRetired, t.RetiredAtUtc, t.Version,
        t.CreatedAtUtc, t.CreatedBy, t.UpdatedAtUtc, t.UpdatedBy);
}
