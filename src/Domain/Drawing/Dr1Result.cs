namespace DoubleRandom.Domain.Drawing;

/// <summary>A selected target with its recorded λ, Q (null for take-all) and group (null if unplaced).</summary>
public sealed record DrawnTarget(string Code, string Stratum, int Weight, double Lambda, double? Q, int? Group);

/// <summary>One N line: N_h, n_h, n' and W after take-all, and τ_h (null when n' = 0).</summary>
public sealed record StratumOutcome(
    string Stratum, int Population, int SampleSize, long Remaining, long RemainingWeight, double? Threshold);

/// <summary>
/// The outcome of a DR1 computation. A failed draw (<see cref="Failure"/> set) is a result too:
/// it is sealed and published like a successful one.
/// </summary>
public sealed record Dr1Result(
    Dr1Digests Digests,
    string Commitment,
    string Seed,
    string? Failure,
    string? FailureDetail,
    IReadOnlyList<string> Lines,
    IReadOnlyList<DrawnGroup> Groups,
    IReadOnlyList<DrawnTarget> Targets,
    IReadOnlyList<StratumOutcome> Strata)
{
    public const string InsufficientOfficers = "insufficient-officers";

    public bool Succeeded => Failure is null;
}
