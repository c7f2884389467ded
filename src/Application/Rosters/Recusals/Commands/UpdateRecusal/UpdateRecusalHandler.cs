using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.UpdateRecusal;

public sealed class UpdateRecusalHandler(IApplicationDbContext db) : ICommandHandler<UpdateRecusalCommand, RecusalDto>
{
    public async ValueTask<RecusalDto> Handle(UpdateRecusalCommand command, CancellationToken cancellationToken)
    {
        var recusal = await db.GetRecusalAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, recusal.Version);
        recusal.Update(command.Reason!.Value, command.Note, command.ValidFrom!.Value, command.ValidTo);
        await db.SaveChangesAsync(cancellationToken);
        return recusal.ToDto();
    }
}
