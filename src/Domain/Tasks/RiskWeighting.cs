namespace DoubleRandom.Domain.Tasks;

/// <summary>
/// How a task's draw uses risk (#16): <see cref="Tier"/> — the tier strata's ratios, each target's weight its own
/// (<c>Target.Weight</c>, 1 when unset); <see cref="Score"/> — within each stratum a target's DR1 weight is proportional to
/// α·m + (1−α)·p (p its model score, m the stratum's mean score, α the uniform share), so λ ≥ α·n/N for every target.
/// </summary>
public enum RiskWeighting
{
    Tier,
    Score,
}
