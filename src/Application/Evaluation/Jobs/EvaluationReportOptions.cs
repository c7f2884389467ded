using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>The evaluation report jobs' settings (section <c>EvaluationReports</c>, #17).</summary>
public sealed class EvaluationReportOptions
{
    public const string SectionName = "EvaluationReports";

    /// <summary>
    /// Seconds after which a queued or running generation whose process has not written its row (the heartbeat, about
    /// once a second while it runs) counts as interrupted: a new request or its cancellation marks it failed
    /// (<c>evaluation-report-interrupted</c>) instead of waiting for a restart.
    /// </summary>
    [Range(10, 86_400)]
    public int JobStaleAfterSeconds { get; set; } = 120;
}
