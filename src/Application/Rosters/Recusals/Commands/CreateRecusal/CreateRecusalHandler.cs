using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.CreateRecusal;

public sealed class CreateRecusalHandler(IApplicationDbContext db, ICurrentActor actor)
    : ICommandHandler<CreateRecusalCommand, RecusalDto>
{
    public async ValueTask<RecusalDto> Handle(CreateRecusalCommand command, CancellationToken cancellationToken)
    {
        var recusal = Recusal.Create(command.OfficerId!.Value, command.TargetCode!, command.Reason!.Value, command.Note,
            command.ValidFrom!.Value, command.ValidTo, actor.Name);
        db.Recusals.Add(recusal);
        await db.SaveChangesAsync(cancellationToken);
        return recusal.ToDto();
    }
}
