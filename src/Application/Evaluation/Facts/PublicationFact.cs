namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One task completed in the period: the day its inspections completed, its publication deadline (20 working days, 2026 calendar), and the Asia/Shanghai day it was published (null: not yet).</summary>
public sealed record PublicationFact(Guid TaskId, string Name, DateOnly CompletedOn, DateOnly DeadlineOn, DateOnly? PublishedOn);
