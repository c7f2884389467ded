using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Jobs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Queries.GetRiskJob;

public sealed class GetRiskJobHandler(IApplicationDbContext db) : IQueryHandler<GetRiskJobQuery, RiskJobDto>
{
    public async ValueTask<RiskJobDto> Handle(GetRiskJobQuery query, CancellationToken cancellationToken)
    {
        var job = await db.RiskJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.RiskJob, query.Id);
        return await RiskJobDtos.OfAsync(db, job, cancellationToken);
    }
}
