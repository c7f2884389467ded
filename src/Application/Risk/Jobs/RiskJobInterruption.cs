using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>
/// Ends unfinished jobs whose process is gone (at start-up: all of them; on a request: those whose heartbeat is stale).
/// A scoring whose re-score was committed (its <see cref="RiskRescore"/> row exists) wrote everything: it is marked
/// succeeded; any other is failed <c>risk-job-interrupted</c> (a training saves its version with its success, so it
/// wrote nothing). One audited save; a job that another request ends meanwhile is a concurrency conflict.
/// </summary>
public static class RiskJobInterruption
{
    /// <param name="staleBeforeUtc">Only jobs whose heartbeat is older (null: every unfinished job).</param>
    /// <returns>The jobs ended.</returns>
    public static async Task<IReadOnlyList<RiskJob>> EndAsync(IApplicationDbContext db, DateTime? staleBeforeUtc, DateTime utcNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unfinished = await db.RiskJobs.Where(j => j.Status == RiskJobStatus.Queued || j.Status == RiskJobStatus.Running).ToListAsync(ct);
        var ended = unfinished.Where(j => staleBeforeUtc is not { } before || j.IsStale(before)).ToList();
        foreach (var job in ended)
        {
            var rescore = job.Kind == RiskJobKind.Score
                ? await db.RiskRescores.AsNoTracking().Where(r => r.JobId == job.Id).Select(r => new { r.Id, r.TargetsScored }).FirstOrDefaultAsync(ct)
                : null;
            if (rescore is not null)
            {
                job.Advance("Finished", rescore.TargetsScored, rescore.TargetsScored);
                job.Succeed(null, rescore.Id, "Finished", utcNow);
            }
            else
            {
                job.Fail(RuleCodes.RiskJobInterrupted.Code, RuleTexts.Of(RuleCodes.RiskJobInterrupted, []), utcNow);
            }
        }

        if (ended.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return ended;
    }
}
