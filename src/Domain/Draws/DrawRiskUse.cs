using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Domain.Draws;

/// <summary>
/// What risk a draw was prepared with (#16): the weighting mode and α of the task, and the model versions whose scoring
/// set the tiers (and, in score mode, the scores) of the targets in its snapshot: the lowest and highest version, how many
/// targets carried one, and how many had no model score (in score mode they took their stratum's mean).
/// </summary>
public sealed record DrawRiskUse(
    RiskWeighting Weighting, int UniformShareBp, int? ModelVersionMin, int? ModelVersionMax, int ModelTargets, int UnscoredTargets);
