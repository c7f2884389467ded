using Mediator;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.HandOverFollowUp;

/// <summary>
/// Hands one finding of a record (an item whose result category indicates a problem) to a supervising unit with a
/// deadline (移交, §6.2.4). Who may: <see cref="FollowUpAccess.HandOverableRecordAsync"/> (404 for anyone else).
/// </summary>
public sealed record HandOverFollowUpCommand(Guid RecordId, Guid? ItemId, Guid? SupervisingUnitId, DateOnly? Deadline, string? Note)
    : ICommand<FollowUpDto>;
