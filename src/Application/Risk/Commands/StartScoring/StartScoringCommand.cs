using DoubleRandom.Application.Risk.Jobs;
using Mediator;

namespace DoubleRandom.Application.Risk.Commands.StartScoring;

/// <summary>Score every active target with the active registry version, in the background.</summary>
public sealed record StartScoringCommand : ICommand<RiskJobDto>;
