using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring.Queries.GetRescore;

public sealed class GetRescoreHandler(IApplicationDbContext db) : IQueryHandler<GetRescoreQuery, RiskRescoreDto>
{
    public async ValueTask<RiskRescoreDto> Handle(GetRescoreQuery query, CancellationToken cancellationToken) =>
        RiskRescoreDto.From(await db.RiskRescores.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.RiskRescore, query.Id));
}
