using Mediator;

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
