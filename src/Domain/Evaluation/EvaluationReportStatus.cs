namespace DoubleRandom.Domain.Evaluation;

/// <summary>Where a report generation is: queued and running are unfinished, the rest final.</summary>
public enum EvaluationReportStatus
{
    Queued,

    Running,

    Succeeded,

    Failed,

    Cancelled,
}
