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
        var version = job.ModelId is { } id
            ? await db.RiskModels.AsNoTracking().Where(m => m.Id == id).Select(m => (int?)m.Version).FirstOrDefaultAsync(cancellationToken)
            : null;
        return RiskJobDto.From(job, version);
    }
}
