using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.ListAmendments;

public sealed class ListAmendmentsHandler(IApplicationDbContext db)
    : IQueryHandler<ListAmendmentsQuery, IReadOnlyList<AmendmentDto>>
{
    public async ValueTask<IReadOnlyList<AmendmentDto>> Handle(ListAmendmentsQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        return [.. (await db.DrawAmendments.AsNoTracking().Where(a => a.DrawId == draw.Id).OrderBy(a => a.CreatedAtUtc).ToListAsync(cancellationToken))
            .Select(a => a.ToDto())];
    }
}
