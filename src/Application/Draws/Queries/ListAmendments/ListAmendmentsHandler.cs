using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.ListAmendments;

public sealed class ListAmendmentsHandler(IApplicationDbContext db)
    : IQueryHandler<ListAmendmentsQuery, IReadOnlyList<AmendmentDto>>
{
    public async ValueTask<IReadOnlyList<AmendmentDto>> Handle(ListAmendmentsQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.DrawId, ct);
        return [.. (await db.DrawAmendments.AsNoTracking().Where(a => a.DrawId == draw.Id).OrderBy(a => a.CreatedAtUtc).ToListAsync(ct))
            .Select(a => a.ToDto())];
    }
}
