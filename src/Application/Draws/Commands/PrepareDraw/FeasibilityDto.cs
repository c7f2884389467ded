using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Commands.PrepareDraw;

public sealed record FeasibilityDto(
    bool Feasible, int Targets, int ExcludedTargets, int Officers, int LeaderEligible, int Certified, int Recusals,
    IReadOnlyList<StratumSize> Strata, IReadOnlyDictionary<string, string[]> Errors);
