using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>
/// Scores every active target with a stored model and writes probability, tier and model version onto the targets
/// in bulk, as ONE audited operation (a <c>RiskRescore</c> with the counts per tier move). Called by the risk job
/// worker; nothing is half-written when the token cancels it.
/// </summary>
public interface IRiskRescorer
{
    Task<RescoreOutcome> RescoreAsync(Guid jobId, Guid modelId, IProgress<RiskJobProgress>? progress, CancellationToken ct);
}
