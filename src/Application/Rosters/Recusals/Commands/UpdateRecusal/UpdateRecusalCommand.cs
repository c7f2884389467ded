using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.UpdateRecusal;

public sealed record UpdateRecusalCommand(
    Guid Id, RecusalReason? Reason, string? Note, DateOnly? ValidFrom, DateOnly? ValidTo, int? Version) : ICommand<RecusalDto>, IScopedToRecusal
{
    Guid? IScopedToRecusal.ScopedRecusalId => Id;
}
