using DoubleRandom.Application.Risk.Registry;
using Mediator;

namespace DoubleRandom.Application.Risk.Commands.ActivateRiskModel;

/// <summary>Make a registry version the one scorings use (the previous active one is deactivated).</summary>
public sealed record ActivateRiskModelCommand(Guid Id) : ICommand<RiskModelSummaryDto>;
