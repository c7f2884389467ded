using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.UpdateBranchUnit;

public sealed class UpdateBranchUnitHandler(IApplicationDbContext db) : ICommandHandler<UpdateBranchUnitCommand, BranchUnitDto>
{
    public async ValueTask<BranchUnitDto> Handle(UpdateBranchUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.GetAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, unit.Version);

        var parent = await db.FindParentAsync(command.ParentId, cancellationToken);
        if (await db.WouldCreateCycleAsync(unit, parent, cancellationToken))
        {
            throw RequestValidationException.ForField(
                "parentId", Text.Of("上级派出机构不能是本机构或其下级机构", "The parent cannot be the unit itself or one of its descendants."));
        }

        unit.Update(command.Name!, parent, command.RegionCode!);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
