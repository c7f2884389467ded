namespace DoubleRandom.Domain.Drawing;

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
