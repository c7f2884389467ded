namespace DoubleRandom.Domain.Drawing;

/// <summary>Everything a draw is computed from, apart from the secret s and the entropy E.</summary>
/// <remarks>Pass the targets as an array to spare a copy of a large snapshot.</remarks>
public sealed record Dr1Input(
    Dr1Parameters Parameters,
    IReadOnlyList<TargetLeaf> Targets,
    IReadOnlyList<OfficerLeaf> Officers,
    IReadOnlyList<RecusalLeaf> Recusals);

/// <summary>What is published at prepare time (§4): digests of P and the snapshots, sizes, and C.</summary>
public sealed record Dr1Preparation(
    string ParamsDigest,
    string TargetsRoot,
    string OfficersRoot,
    string RecusalsRoot,
    IReadOnlyList<StratumSize> Strata,
    string Commitment);

/// <summary>The input breaks a DR1 rule; a draw cannot be computed from it.</summary>
public sealed class Dr1InputException : Exception
{
    public Dr1InputException(IReadOnlyList<DrawFieldError> errors)
        : base("The DR1 input is invalid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))) =>
        Errors = errors;

    public Dr1InputException()
        : this([])
    {
    }

    public Dr1InputException(string message)
        : base(message) => Errors = [];

    public Dr1InputException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<DrawFieldError> Errors { get; }
}
