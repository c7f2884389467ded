using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>One valid target row, ready for the staging table.</summary>
public sealed record TargetRow(
    string Code, TargetKind Kind, string Name, string? LegalRepresentative, string? Address, string RegionCode,
    string? IndustrySection, string? IndustryDivision, string DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, TargetStatus Status, RiskTier? RiskTier, CreditClass? CreditClass, string Tags, int? Weight);
