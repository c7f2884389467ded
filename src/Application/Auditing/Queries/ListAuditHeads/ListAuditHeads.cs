using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditHeads;

/// <summary>
/// The chain's head at the end of each day (Asia/Shanghai calendar day, UTC+8, no daylight saving), newest
/// first. Outsiders keep copies; a later rewrite of the trail cannot reproduce a head they already hold.
/// </summary>
/// <param name="From">First day (default: 30 days before <paramref name="To"/>).</param>
/// <param name="To">Last day (default: today in Asia/Shanghai).</param>
public sealed record ListAuditHeadsQuery(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<AuditHeadDto>>
{
    public const int MaxDays = 92;

    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);
}

/// <summary>The last entry of a day: its sequence and hash. <c>Final</c> is false for today (the head still moves).</summary>
public sealed record AuditHeadDto(DateOnly Date, long Sequence, string Hash, DateTime OccurredAtUtc, bool Final);

public sealed class ListAuditHeadsValidator : AbstractValidator<ListAuditHeadsQuery>
{
    public ListAuditHeadsValidator() =>
        RuleFor(q => q.To)
            .Must((q, to) => q.From is null || to is null || (to >= q.From && to.Value.DayNumber - q.From.Value.DayNumber < ListAuditHeadsQuery.MaxDays))
            .WithMessage(_ => Text.Of($"日期范围须从 from 到 to，且不超过 {ListAuditHeadsQuery.MaxDays} 天",
                $"The range runs from 'from' to 'to' and spans at most {ListAuditHeadsQuery.MaxDays} days."));
}

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
