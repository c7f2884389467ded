using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.DeleteRecusal;

public sealed record DeleteRecusalCommand(Guid Id) : ICommand, IScopedToRecusal
{
    Guid? IScopedToRecusal.ScopedRecusalId => Id;
}
