using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDrawResult;

public sealed class GetDrawResultHandler(IApplicationDbContext db, IAuditLog audit)
    : IQueryHandler<GetDrawResultQuery, DrawResultDto>
{
    public async ValueTask<DrawResultDto> Handle(GetDrawResultQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.Id, ct);
        if (q.PublicOnly)
        {
            PublicRules.EnsureRevealed(draw);
        }

        if (!q.PublicOnly && !draw.IsRevealed)
        {
            // Names before reveal are what §6.2.3 protects: who looked is on the record.
            await audit.RecordReadAsync("Draw", draw.Id.ToString(), "result read before reveal", ct);
        }

        return (await DrawResults.LoadAsync(db, [draw.Id], ct))[0];
    }
}
