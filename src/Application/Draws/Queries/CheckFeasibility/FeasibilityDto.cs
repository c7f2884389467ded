using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws.Queries.CheckFeasibility;

/// <param name="Risk">The risk weighting, α and the model versions the snapshot would be built with (#16).</param>
/// <param name="Lambdas">The smallest λ of each stratum (and the score mode's floor α·n/N).</param>
public sealed record FeasibilityDto(
    bool Feasible, int Targets, int ExcludedTargets, int Officers, int LeaderEligible, int Certified, int Recusals,
    IReadOnlyList<StratumSize> Strata, IReadOnlyDictionary<string, string[]> Errors, DrawRiskUse Risk, IReadOnlyList<StratumLambdaDto> Lambdas);
