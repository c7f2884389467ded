using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.RetireBranchUnit;

public sealed class RetireBranchUnitHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<RetireBranchUnitCommand, BranchUnitDto>
{
    public async ValueTask<BranchUnitDto> Handle(RetireBranchUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.GetAsync(command.Id, cancellationToken);
        var hasActiveChildren = await db.BranchUnits
            .AnyAsync(u => u.ParentId == unit.Id && u.RetiredAtUtc == null, cancellationToken);
        unit.Retire(clock.GetUtcNow().UtcDateTime, hasActiveChildren);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
