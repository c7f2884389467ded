using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.RevealDraw;

public sealed class RevealDrawHandler(IApplicationDbContext db, DrawRevealer revealer) : ICommandHandler<RevealDrawCommand, DrawDto>
{
    public async ValueTask<DrawDto> Handle(RevealDrawCommand command, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(command.DrawId, cancellationToken);
        revealer.Reveal(draw);
        await db.SaveChangesAsync(cancellationToken);
        return draw.ToDto(await db.TaskNameAsync(draw.TaskId, cancellationToken));
    }
}
