using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Queries.CheckFeasibility;

public sealed record FeasibilityDto(
    bool Feasible, int Targets, int ExcludedTargets, int Officers, int LeaderEligible, int Certified, int Recusals,
    IReadOnlyList<StratumSize> Strata, IReadOnlyDictionary<string, string[]> Errors);
