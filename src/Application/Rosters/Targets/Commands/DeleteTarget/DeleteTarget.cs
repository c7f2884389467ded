using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.DeleteTarget;

/// <summary>Deletes a target entered by mistake. Refused (409 target-referenced-by-draw) once a draw refers to it.</summary>
public sealed record DeleteTargetCommand(Guid Id) : ICommand;

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
