using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Commands.RunRiskJob;

/// <summary>A scoring: the re-scorer scores every active target with the job's model and records the re-score (its own audited operation).</summary>
public sealed class RiskScoringRun(IRiskRescorer rescorer)
{
    public async Task<RescoreOutcome> RunAsync(RiskJob job, IProgress<RiskJobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        return await rescorer.RescoreAsync(job.Id, job.ModelId!.Value, progress, ct);
    }
}
