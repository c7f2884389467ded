namespace DoubleRandom.Domain.Risk;

/// <summary>Where a risk job is: queued and running jobs are unfinished (one at a time for the bureau), the rest final.</summary>
public enum RiskJobStatus
{
    Queued,

    Running,

    Succeeded,

    Failed,

    Cancelled,
}
