using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Queries.GetRiskModel;

public sealed class GetRiskModelHandler(IApplicationDbContext db) : IQueryHandler<GetRiskModelQuery, RiskModelDto>
{
    public async ValueTask<RiskModelDto> Handle(GetRiskModelQuery query, CancellationToken cancellationToken) =>
        RiskModelDto.From(await db.RiskModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.RiskModel, query.Id));
}
