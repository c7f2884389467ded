using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDrawResult;

public sealed class GetDrawResultHandler(IApplicationDbContext db, IAuditLog audit)
    : IQueryHandler<GetDrawResultQuery, DrawResultDto>
{
    public async ValueTask<DrawResultDto> Handle(GetDrawResultQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.Id, cancellationToken);
        if (query.PublicOnly)
        {
            PublicRules.EnsureRevealed(draw);
        }

        if (!query.PublicOnly && !draw.IsRevealed)
        {
            // Names before reveal are what §6.2.3 protects: who looked is on the record.
            await audit.RecordReadAsync("Draw", draw.Id.ToString(), "result read before reveal", cancellationToken);
        }

        return (await DrawResults.LoadAsync(db, [draw.Id], cancellationToken))[0];
    }
}
