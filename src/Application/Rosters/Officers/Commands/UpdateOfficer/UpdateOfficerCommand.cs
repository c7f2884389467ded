using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Commands.UpdateOfficer;

/// <summary>Replaces an officer's changeable fields (keeping the roster current, §3.3.4). The number never changes.</summary>
public sealed record UpdateOfficerCommand(
    Guid Id, string? Name, Guid? UnitId, string? DepartmentCode, OfficerStatus? Status, bool? IsLeaderEligible,
    Guid? UserId, IReadOnlyList<string>? ExpertiseTags, IReadOnlyList<CertificateDto>? Certificates, int? Version)
    : ICommand<OfficerDto>, IOfficerFields, IScopedToOfficer
{
    Guid? IScopedToOfficer.ScopedOfficerId => Id;
}
