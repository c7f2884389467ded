using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

/// <summary>The changeable fields of a target, shared by create and update requests.</summary>
public interface ITargetFields
{
    string? Name { get; }

    string? LegalRepresentative { get; }

    string? Address { get; }

    string? RegionCode { get; }

    string? IndustrySection { get; }

    string? IndustryDivision { get; }

    IReadOnlyList<string>? DepartmentCodes { get; }

    DateOnly? RegistrationDate { get; }

    decimal? RegisteredCapital { get; }

    TargetStatus? Status { get; }

    RiskTier? RiskTier { get; }

    CreditClass? CreditClass { get; }

    IReadOnlyList<string>? Tags { get; }

    int? Weight { get; }
}
