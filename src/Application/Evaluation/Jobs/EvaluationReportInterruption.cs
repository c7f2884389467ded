using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>
/// Ends unfinished generations whose process is gone (at start-up: all of them; on a request: those whose heartbeat is
/// stale): failed <c>evaluation-report-interrupted</c> (a generation stores its figures and files with its success, so it
/// wrote nothing). One audited save; a race with another request ending them is no error.
/// </summary>
public static class EvaluationReportInterruption
{
    /// <param name="staleBeforeUtc">Only jobs whose heartbeat is older (null: every unfinished job).</param>
    public static async Task<IReadOnlyList<Guid>> EndAsync(IApplicationDbContext db, DateTime? staleBeforeUtc, DateTime utcNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unfinished = await db.EvaluationReportJobs
            .Where(j => j.Status == EvaluationReportStatus.Queued || j.Status == EvaluationReportStatus.Running).ToListAsync(ct);
        var ended = unfinished.Where(j => staleBeforeUtc is not { } before || j.IsStale(before)).ToList();
        foreach (var job in ended)
        {
            job.Fail(RuleCodes.EvaluationReportInterrupted.Code, RuleTexts.Of(RuleCodes.EvaluationReportInterrupted, []), utcNow);
        }

        if (ended.Count == 0)
        {
            return [];
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return [.. ended.Select(j => j.Id)];
        }
        catch (ConflictException e) when (e.Code == "stale-version")
        {
            db.ChangeTracker.Clear();
            return [];
        }
    }
}
