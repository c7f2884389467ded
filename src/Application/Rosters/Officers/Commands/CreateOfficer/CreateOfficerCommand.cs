using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Commands.CreateOfficer;

/// <summary>Adds an officer to the roster (§3.3).</summary>
/// <param name="Number">Unique officer number; the officer id in draw snapshots (letters, digits, <c>. _ : -</c>).</param>
/// <param name="UnitId">The branch unit the officer belongs to.</param>
/// <param name="DepartmentCode">The officer's department.</param>
/// <param name="IsLeaderEligible">In the team-leader pool (执法组长库).</param>
/// <param name="UserId">The user account of the officer, when there is one.</param>
public sealed record CreateOfficerCommand(
    string? Number, string? Name, Guid? UnitId, string? DepartmentCode, OfficerStatus? Status, bool? IsLeaderEligible,
    Guid? UserId, IReadOnlyList<string>? ExpertiseTags, IReadOnlyList<CertificateDto>? Certificates)
    : ICommand<OfficerDto>, IOfficerFields;
