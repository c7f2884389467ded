using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.RetireTarget;

/// <summary>Retires a target: it stays on record (history, old draws) but leaves the active roster.</summary>
public sealed record RetireTargetCommand(Guid Id) : ICommand<TargetDto>;
