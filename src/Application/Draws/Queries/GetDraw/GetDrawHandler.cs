using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDraw;

public sealed class GetDrawHandler(IApplicationDbContext db) : IQueryHandler<GetDrawQuery, DrawDto>
{
    public async ValueTask<DrawDto> Handle(GetDrawQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.Id, ct);
        return draw.ToDto(await db.TaskNameAsync(draw.TaskId, ct));
    }
}
