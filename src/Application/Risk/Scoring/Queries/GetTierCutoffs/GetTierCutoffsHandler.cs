using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring.Queries.GetTierCutoffs;

public sealed class GetTierCutoffsHandler(IApplicationDbContext db) : IQueryHandler<GetTierCutoffsQuery, RiskTierCutoffsDto>
{
    public async ValueTask<RiskTierCutoffsDto> Handle(GetTierCutoffsQuery query, CancellationToken cancellationToken) =>
        RiskTierCutoffsDto.From(await db.RiskTierCutoffs.AsNoTracking().FirstOrDefaultAsync(c => c.Scope == RiskTierCutoffs.BureauScope, cancellationToken));
}
