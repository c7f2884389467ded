using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Queries.GetRiskModelFile;

public sealed class GetRiskModelFileHandler(IApplicationDbContext db) : IQueryHandler<GetRiskModelFileQuery, RiskModelDownload>
{
    public async ValueTask<RiskModelDownload> Handle(GetRiskModelFileQuery query, CancellationToken cancellationToken)
    {
        var model = await db.RiskModels.AsNoTracking().Where(m => m.Id == query.Id)
            .Select(m => new { m.Version, m.FileSha256, m.TrainedAtUtc }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(RecordNames.RiskModel, query.Id);
        var content = await db.RiskModelContents.AsNoTracking().Where(c => c.ModelId == query.Id).Select(c => c.Content).FirstAsync(cancellationToken);
        return new RiskModelDownload(model.Version, content, model.FileSha256, model.TrainedAtUtc);
    }
}
