using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.RetireTarget;

public sealed class RetireTargetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RetireTargetCommand, TargetDto>
{
    public async ValueTask<TargetDto> Handle(RetireTargetCommand command, CancellationToken cancellationToken)
    {
        var target = await db.GetTargetAsync(command.Id, cancellationToken);
        target.Retire(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return target.ToDto();
    }
}
