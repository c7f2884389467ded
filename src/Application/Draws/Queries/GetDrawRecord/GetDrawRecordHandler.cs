using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.GetDrawRecord;

public sealed class GetDrawRecordHandler(IApplicationDbContext db, IDrawRecordRenderer renderer, IAuditLog audit)
    : IQueryHandler<GetDrawRecordQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(GetDrawRecordQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForRecord);
        if (!draw.IsRevealed)
        {
            await audit.RecordReadAsync("Draw", draw.Id.ToString(), "record printed before reveal", cancellationToken);
        }

        var task = await db.InspectionTasks.AsNoTracking().FirstAsync(t => t.Id == draw.TaskId, cancellationToken);
        var itemIds = task.Settings.ItemIds;
        var items = await db.InspectionItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => i.Name + "（" + i.DepartmentCode + "）").ToListAsync(cancellationToken);
        var result = (await DrawResults.LoadAsync(db, [draw.Id], cancellationToken))[0];
        var url = $"{query.VerifyBaseUrl.TrimEnd('/')}/api/v1/public/draws/{draw.Id}?digest={draw.ResultDigest}";
        return renderer.Render(new DrawRecordModel(
            draw.Id, task.Name, task.Year, items, draw.ParametersJson, draw.PreparedAtUtc.ToShanghai(), draw.ExecutedAtUtc!.Value.ToShanghai(),
            draw.ExecutedBy!, draw.SupervisedBy!, draw.Entropy!, draw.Commitment, draw.ResultDigest!, result.Groups, result.Unassigned, url));
    }
}
