using DoubleRandom.Application.Risk.Jobs;
using Mediator;

namespace DoubleRandom.Application.Risk.Commands.StartTraining;

/// <summary>
/// Train a new registry version in the background on the visits in [<see cref="From"/>, <see cref="To"/>], validating
/// on those from <see cref="ValidationFrom"/> (a time split). Omitted: <see cref="To"/> today, <see cref="From"/> ten
/// years before, <see cref="ValidationFrom"/> one year before <see cref="To"/> (not before <see cref="From"/>).
/// <see cref="Weighted"/> false trains without the 1/λ weights (only to show what they correct); <see cref="Trainers"/>
/// narrows the trainers compared (all the engine knows when omitted).
/// </summary>
public sealed record StartTrainingCommand(
    DateOnly? From = null, DateOnly? To = null, DateOnly? ValidationFrom = null, bool? Weighted = null, IReadOnlyList<string>? Trainers = null)
    : ICommand<RiskJobDto>;
