using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.CreateBranchUnit;

/// <summary>Creates a branch unit (派出机构).</summary>
/// <param name="Code">Unique code, letters, digits and <c>. _ : -</c>, at most 32 characters.</param>
/// <param name="Name">Display name, e.g. 银川市兴庆区市场监督管理局.</param>
/// <param name="ParentId">The parent unit, if any.</param>
/// <param name="RegionCode">GB/T 2260 administrative division code, six digits.</param>
public sealed record CreateBranchUnitCommand(string? Code, string? Name, Guid? ParentId, string? RegionCode)
    : ICommand<BranchUnitDto>;
