namespace DoubleRandom.Domain.Rosters;

public enum ImportJobStatus
{
    Queued,
    Running,

    /// <summary>Every row was valid; in apply mode the rows are stored.</summary>
    Succeeded,

    /// <summary>Some rows were invalid (see the report); nothing was written.</summary>
    Rejected,

    /// <summary>The job could not finish (unreadable file, server restart, fault); nothing was written.</summary>
    Failed,
}
