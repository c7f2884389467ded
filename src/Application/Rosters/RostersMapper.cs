using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Officers;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Rosters;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RostersMapper
{
    public static partial TargetDto ToDto(this Target target);

    /// <summary><c>certified</c>: the officer holds a certificate valid on <paramref name="today"/> (Asia/Shanghai).</summary>
    public static OfficerDto ToDto(this Officer officer, DateOnly today) => officer.ToDto(certified: officer.IsCertifiedOn(today));

    public static partial RecusalDto ToDto(this Recusal recusal);

    /// <summary>
    /// The job as a client polls it: while it runs, the <paramref name="live"/> progress instead of the stored counts and
    /// an ETA from the rate so far (<paramref name="nowUtc"/>); the address of its report.
    /// </summary>
    public static ImportJobDto ToDto(this ImportJob job, ImportLiveProgress? live, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(job);
        var (rowsDone, rowsTotal) = (job.RowsDone, job.RowsTotal);
        var (phase, phaseDone, phaseTotal) = (job.Phase, job.PhaseDone, job.PhaseTotal);
        double? eta = null;
        if (!job.IsFinished && live is { } progress)
        {
            (rowsDone, rowsTotal) = (progress.RowsDone, progress.RowsTotal);
            (phase, phaseDone, phaseTotal) = (progress.Phase, progress.PhaseDone, progress.PhaseTotal);
            if (job.StartedAtUtc is { } started && rowsDone > 0 && rowsTotal is { } total)
            {
                var elapsed = (nowUtc - started).TotalSeconds;
                eta = Math.Max(0, elapsed / rowsDone * (total - rowsDone));
            }
        }

        return job.ToDto(rowsDone, rowsTotal, phase, phaseDone, phaseTotal, etaSeconds: eta, reportUrl: $"/api/v1/import-jobs/{job.Id}/report");
    }

    private static partial OfficerDto ToDto(this Officer officer, bool certified);

    private static partial ImportJobDto ToDto(
        this ImportJob job, long rowsDone, long? rowsTotal, ImportJobPhase? phase, long phaseDone, long? phaseTotal, double? etaSeconds, string reportUrl);

    /// <summary>The stored <c>|a|b|</c> lists (<see cref="TagList"/>) become arrays.</summary>
    private static IReadOnlyList<string> SplitTags(string tags) => TagList.Split(tags);
}
