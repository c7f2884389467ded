using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Reference;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.UpdateTarget;

public sealed class UpdateTargetHandler(IApplicationDbContext db, IReferenceData reference, TimeProvider clock) : ICommandHandler<UpdateTargetCommand, TargetDto>
{
    public async ValueTask<TargetDto> Handle(UpdateTargetCommand command, CancellationToken cancellationToken)
    {
        var target = await db.GetTargetAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, target.Version);
        target.Update(command.ToDetails(reference), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return target.ToDto();
    }
}
