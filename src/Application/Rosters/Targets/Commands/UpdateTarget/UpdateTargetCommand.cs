using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.UpdateTarget;

/// <summary>Replaces a target's changeable fields. The code and kind never change: draws and recusals refer to them.</summary>
/// <param name="Version">The version the client last read; a stale one is refused with 409.</param>
public sealed record UpdateTargetCommand(
    Guid Id, string? Name, string? LegalRepresentative, string? Address, string? RegionCode,
    string? IndustrySection, string? IndustryDivision, IReadOnlyList<string>? DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, TargetStatus? Status, RiskTier? RiskTier, CreditClass? CreditClass,
    IReadOnlyList<string>? Tags, int? Weight, int? Version) : ICommand<TargetDto>, ITargetFields;
