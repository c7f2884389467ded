namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>A task published after its deadline, or not yet published past it.</summary>
public sealed record LatePublicationRow(Guid TaskId, string Name, DateOnly DeadlineOn, DateOnly? PublishedOn, int? WorkingDaysLate);
