using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.DeleteTarget;

public sealed class DeleteTargetHandler(IApplicationDbContext db) : ICommandHandler<DeleteTargetCommand>
{
    public async ValueTask<Unit> Handle(DeleteTargetCommand command, CancellationToken cancellationToken)
    {
        var target = await db.GetTargetAsync(command.Id, cancellationToken);
        target.EnsureDeletable();
        db.Targets.Remove(target);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
