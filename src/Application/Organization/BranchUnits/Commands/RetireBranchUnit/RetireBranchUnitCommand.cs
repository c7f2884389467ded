using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.RetireBranchUnit;

/// <summary>Retires a unit: it stays on record (history, old draws) but takes no new work. Units with active children cannot retire.</summary>
public sealed record RetireBranchUnitCommand(Guid Id) : ICommand<BranchUnitDto>;
