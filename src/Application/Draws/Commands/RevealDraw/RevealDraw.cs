using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.RevealDraw;

/// <summary>An administrator publishes s before the task closes (closing the task reveals its draws anyway).</summary>
public sealed record RevealDrawCommand(Guid DrawId) : ICommand<DrawDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}

public sealed class RevealDrawHandler(IApplicationDbContext db, DrawRevealer revealer) : ICommandHandler<RevealDrawCommand, DrawDto>
{
    public async ValueTask<DrawDto> Handle(RevealDrawCommand command, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(command.DrawId, ct);
        revealer.Reveal(draw);
        await db.SaveChangesAsync(ct);
        return DrawDto.From(draw, await db.TaskNameAsync(draw.TaskId, ct));
    }
}
