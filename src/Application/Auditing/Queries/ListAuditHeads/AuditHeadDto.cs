namespace DoubleRandom.Application.Auditing.Queries.ListAuditHeads;

/// <summary>The last entry of a day: its sequence and hash. <c>Final</c> is false for today (the head still moves).</summary>
public sealed record AuditHeadDto(DateOnly Date, long Sequence, string Hash, DateTime OccurredAtUtc, bool Final);
