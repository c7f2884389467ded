using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.GetCorrection;

public sealed class GetCorrectionHandler(IApplicationDbContext db) : IQueryHandler<GetCorrectionQuery, CorrectionDto>
{
    public async ValueTask<CorrectionDto> Handle(GetCorrectionQuery query, CancellationToken cancellationToken) =>
        (await db.RecordCorrections.AsNoTracking().FirstAsync(c => c.Id == query.Id, cancellationToken)).ToDto();
}
