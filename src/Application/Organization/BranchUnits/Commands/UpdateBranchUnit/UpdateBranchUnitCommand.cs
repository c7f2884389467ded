using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.UpdateBranchUnit;

/// <summary>Changes a unit's name, parent and region. The code never changes: other records refer to it.</summary>
/// <param name="Version">When given, the update applies only if the unit is still at this version (optimistic concurrency).</param>
public sealed record UpdateBranchUnitCommand(Guid Id, string? Name, Guid? ParentId, string? RegionCode, int? Version)
    : ICommand<BranchUnitDto>;
