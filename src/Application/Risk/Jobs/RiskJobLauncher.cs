using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>
/// Queues a risk job when none is unfinished: checked first (409 <c>risk-job-running</c>), and kept by the database's
/// partial unique index when two requests race past the check (the loser's save is the same 409).
/// </summary>
public sealed class RiskJobLauncher(IApplicationDbContext db, IRiskJobQueue queue)
{
    public async Task EnsureNoneUnfinishedAsync(CancellationToken ct) =>
        Rule.Check(!await db.RiskJobs.AnyAsync(j => j.Status == RiskJobStatus.Queued || j.Status == RiskJobStatus.Running, ct), RuleCodes.RiskJobRunning);

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
