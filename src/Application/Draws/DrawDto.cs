using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws;

/// <summary>
/// A draw as anyone may see it: commitments and digests at once, the result lines' digest after execution,
/// the secret after reveal. Nothing here names a target (§6.2.3). <c>Risk</c>: the risk weighting, α and the model
/// versions the snapshot was built with (#16).
/// </summary>
public sealed record DrawDto(
    Guid Id, Guid TaskId, string TaskName, int Year, DrawStatus Status, DateOnly DrawDate, string Parameters, string ParamsDigest,
    string TargetsRoot, string OfficersRoot, string RecusalsRoot, IReadOnlyList<StratumSize> Strata, string Commitment,
    DateTime PreparedAtUtc, string PreparedBy, string? EntropyDigest, DateTime? ExecutedAtUtc, string? ExecutedBy, string? SupervisedBy,
    string? ResultDigest, string? Failure, string? FailureDetail, bool Revealed, string? Secret, DateTime? RevealedAtUtc, DrawRiskUse Risk);
