namespace DoubleRandom.Domain.Rosters;

/// <summary>
/// Where a running import is, in this order; a job may skip a phase (a rejected file writes nothing, a dry run indexes
/// nothing). A queued or finished job has none.
/// </summary>
public enum ImportJobPhase
{
    /// <summary>Opening the upload: the encoding, an XLSX's shared strings, the header row.</summary>
    Reading,

    /// <summary>Checking every row with the roster's rules (rows read so far of the rows estimated).</summary>
    Validating,

    /// <summary>Writing the valid rows (or, in a dry run, writing them in a transaction that is rolled back).</summary>
    Writing,

    /// <summary>Rebuilding indexes dropped for a bulk load, committing and refreshing the planner's statistics.</summary>
    Indexing,

    /// <summary>Storing the outcome and the audit entry that sums the import up.</summary>
    Auditing,
}
