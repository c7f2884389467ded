using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.DeleteTarget;

/// <summary>Deletes a target entered by mistake. Refused (409 target-referenced-by-draw) once a draw refers to it.</summary>
public sealed record DeleteTargetCommand(Guid Id) : ICommand;
