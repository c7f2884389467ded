using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>The risk jobs' settings (section <c>Risk</c>, #16).</summary>
public sealed class RiskJobOptions
{
    public const string SectionName = "Risk";

    /// <summary>
    /// Seconds after which a queued or running job whose process has not written its row (the heartbeat, about once a
    /// second while it runs) counts as interrupted: a new job request or its cancellation marks it failed
    /// (<c>risk-job-interrupted</c>) instead of waiting for a restart.
    /// </summary>
    [Range(10, 86_400)]
    public int JobStaleAfterSeconds { get; set; } = 120;
}
