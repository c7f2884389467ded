using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditHeads;

public sealed class ListAuditHeadsHandler(IApplicationDbContext db, TimeProvider clock, IAuditChainLinker linker)
    : IQueryHandler<ListAuditHeadsQuery, IReadOnlyList<AuditHeadDto>>
{
    public async ValueTask<IReadOnlyList<AuditHeadDto>> Handle(ListAuditHeadsQuery query, CancellationToken cancellationToken)
    {
        await linker.LinkCommittedAsync(cancellationToken);
        var offset = ListAuditHeadsQuery.ShanghaiOffset;
        var now = clock.GetUtcNow().UtcDateTime;
        var to = query.To ?? DateOnly.FromDateTime(now + offset);
        var from = query.From ?? to.AddDays(-(ListAuditHeadsQuery.MaxDays / 3) + 1);
        var heads = new List<AuditHeadDto>();
        for (var day = to; day >= from; day = day.AddDays(-1))
        {
            var startUtc = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - offset, DateTimeKind.Utc);
            var endUtc = startUtc.AddDays(1);
            // Times never decrease along the chain, so the newest entry before midnight is the day's last link.
            var last = await db.AuditEntries
                .Where(e => e.OccurredAtUtc < endUtc)
                .OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash, e.OccurredAtUtc })
                .FirstOrDefaultAsync(cancellationToken);
            if (last is null)
            {
                break;
            }

            if (last.OccurredAtUtc >= startUtc)
            {
                heads.Add(new AuditHeadDto(day, last.Sequence, last.Hash, last.OccurredAtUtc, endUtc <= now));
            }
            else
            {
                // A quiet day: skip straight to the day of that earlier entry.
                day = DateOnly.FromDateTime(last.OccurredAtUtc + offset).AddDays(1);
            }
        }

        return heads;
    }
}
