using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.GetAmendment;

public sealed class GetAmendmentHandler(IApplicationDbContext db) : IQueryHandler<GetAmendmentQuery, AmendmentDto>
{
    public async ValueTask<AmendmentDto> Handle(GetAmendmentQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        var amendment = await db.DrawAmendments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.AmendmentId && a.DrawId == draw.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.Amendment, query.AmendmentId);
        return amendment.ToDto();
    }
}
