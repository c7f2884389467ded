using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.DeleteRecusal;

public sealed class DeleteRecusalHandler(IApplicationDbContext db) : ICommandHandler<DeleteRecusalCommand>
{
    public async ValueTask<Unit> Handle(DeleteRecusalCommand command, CancellationToken cancellationToken)
    {
        db.Recusals.Remove(await db.GetRecusalAsync(command.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
