using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>
/// Queues a risk job when none is unfinished: checked first (409 <c>risk-job-running</c>), and kept by the database's
/// partial unique index when two requests race past the check (the loser's save is the same 409). A job whose process is
/// gone (heartbeat older than <see cref="RiskJobOptions.JobStaleAfterSeconds"/>) is ended first
/// (<see cref="RiskJobInterruption"/>), so it does not block the lane until a restart.
/// </summary>
public sealed class RiskJobLauncher(IApplicationDbContext db, IRiskJobQueue queue, RiskJobOptions options, TimeProvider clock)
{
    public async Task EnsureNoneUnfinishedAsync(CancellationToken ct)
    {
        await EndStaleAsync(ct);
        Rule.Check(!await db.RiskJobs.AnyAsync(j => j.Status == RiskJobStatus.Queued || j.Status == RiskJobStatus.Running, ct), RuleCodes.RiskJobRunning);
    }

    /// <summary>Ends the unfinished jobs whose heartbeat is stale (a race with another request ending them is no error).</summary>
    /// <returns>The ids of the jobs ended.</returns>
    public async Task<IReadOnlyList<Guid>> EndStaleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            return [.. (await RiskJobInterruption.EndAsync(db, now.AddSeconds(-options.JobStaleAfterSeconds), now, ct)).Select(j => j.Id)];
        }
        catch (ConflictException e) when (e.Code == "stale-version")
        {
            db.ChangeTracker.Clear();
            return [];
        }
    }

    public async Task<RiskJobDto> LaunchAsync(RiskJob job, int? modelVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        await EnsureNoneUnfinishedAsync(ct);
        db.RiskJobs.Add(job);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            throw Rule.Broken(RuleCodes.RiskJobRunning);
        }

        queue.Enqueue(job.Id);
        return RiskJobDto.From(job, modelVersion);
    }
}
