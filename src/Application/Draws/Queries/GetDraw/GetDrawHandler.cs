using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDraw;

public sealed class GetDrawHandler(IApplicationDbContext db) : IQueryHandler<GetDrawQuery, DrawDto>
{
    public async ValueTask<DrawDto> Handle(GetDrawQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.Id, cancellationToken);
        return draw.ToDto(await db.TaskNameAsync(draw.TaskId, cancellationToken));
    }
}
