using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Risk.Commands.RunRiskJob;

/// <summary>
/// Runs one queued job: marks it running (audited), runs the training (<see cref="RiskTrainingRun"/>) or the scoring
/// (<see cref="RiskScoringRun"/>) with its progress stored as it goes (<see cref="RiskJobReporter"/>), and stores the
/// final state — succeeded (a training's registry version in the same save), cancelled (a request through
/// <see cref="RiskJobSignals"/> or the row), or failed with a code and a message — as one audited update. An unexpected
/// exception is logged with the job id and stored as the fixed text of <c>risk-job-failed</c> (never its message: paths
/// and SQL stay out of what readers see). While it runs, a heartbeat writes the row about once a second; a stop of the
/// host leaves the job running: the next start, or a request once its heartbeat is stale, ends it.
/// </summary>
public sealed partial class RunRiskJobHandler(
    IApplicationDbContext db, IServiceProvider services, IRiskJobProgressStore store, RiskJobSignals signals, TimeProvider clock,
    ILogger<RunRiskJobHandler> logger)
    : ICommandHandler<RunRiskJobCommand>
{
    public async ValueTask<Unit> Handle(RunRiskJobCommand command, CancellationToken cancellationToken)
    {
        var job = await db.RiskJobs.FirstOrDefaultAsync(j => j.Id == command.JobId, cancellationToken);
        if (job is null || job.Status != RiskJobStatus.Queued)
        {
            return Unit.Value;
        }

        var first = job.Kind == RiskJobKind.Train ? RiskJobStage.ReadingRows : RiskJobStage.ReadingTargets;
        job.Start(first.ToString(), clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "stale-version")
        {
            return Unit.Value; // cancelled (or ended) by a request between the read and the start: not run
        }

        using var cancel = signals.Register(job.Id, cancellationToken);
        var reporter = new RiskJobReporter(job.Id, store, cancel, command.Echo, clock);
        using var beating = new CancellationTokenSource();
        var heartbeat = reporter.BeatAsync(new RiskJobProgress(first, 0, null), beating.Token);
        try
        {
            return await RunAsync(job, reporter, cancel, cancellationToken);
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<Unit> RunAsync(RiskJob job, RiskJobReporter reporter, CancellationTokenSource cancel, CancellationToken cancellationToken)
    {
        Action<RiskJob> finish;
        try
        {
            if (job.Kind == RiskJobKind.Train)
            {
                var modelId = await services.GetRequiredService<RiskTrainingRun>().RunAsync(job, reporter, cancel.Token);
                finish = j => j.Succeed(modelId, null, nameof(RiskJobStage.Finished), clock.GetUtcNow().UtcDateTime);
                // The new version is saved with the job's success: one transaction, one audited change each.
                await reporter.DrainAsync();
                job.Advance(nameof(RiskJobStage.Finished), reporter.Last?.RowsDone ?? 0, reporter.Last?.RowsTotal);
                finish(job);
                await db.SaveChangesAsync(CancellationToken.None);
                return Unit.Value;
            }

            var outcome = await services.GetRequiredService<RiskScoringRun>().RunAsync(job, reporter, cancel.Token);
            finish = j =>
            {
                j.Advance(nameof(RiskJobStage.Finished), outcome.TargetsScored, outcome.TargetsScored);
                j.Succeed(null, outcome.RescoreId, nameof(RiskJobStage.Finished), clock.GetUtcNow().UtcDateTime);
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            finish = j => j.Cancel(clock.GetUtcNow().UtcDateTime);
        }
        catch (RiskJobRefusedException e)
        {
            finish = j => j.Fail(e.Code, e.Message, clock.GetUtcNow().UtcDateTime);
        }
        catch (BusinessRuleViolationException e)
        {
            // risk-model-incompatible or risk-model-damaged: the version cannot score; nothing was written.
            finish = j => j.Fail(e.Code, RuleTexts.Detail(e), clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, job.Id);
            finish = j => j.Fail(RuleCodes.RiskJobFailed.Code, RuleTexts.Of(RuleCodes.RiskJobFailed, []), clock.GetUtcNow().UtcDateTime);
        }
        finally
        {
            signals.Forget(job.Id);
        }

        await reporter.DrainAsync();
        await StoreFinalAsync(job.Id, finish);
        return Unit.Value;
    }

    /// <summary>The final state on a clean context (whatever the run left pending is dropped), never cancelled.</summary>
    private async Task StoreFinalAsync(Guid jobId, Action<RiskJob> finish)
    {
        db.ChangeTracker.Clear();
        var job = await db.RiskJobs.FirstAsync(j => j.Id == jobId, CancellationToken.None);
        finish(job);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Risk job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
