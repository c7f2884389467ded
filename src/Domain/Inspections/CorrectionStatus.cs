namespace DoubleRandom.Domain.Inspections;

/// <summary>Where a correction of a final record stands (§7.2): asked for, then approved or rejected by a leader, once.</summary>
public enum CorrectionStatus
{
    /// <summary>Asked for; waits for a leader of the supervising unit (at most one per record).</summary>
    Pending,

    /// <summary>Approved: the record carries the correction's content as a new version.</summary>
    Approved,

    /// <summary>Rejected: the record stays as it was.</summary>
    Rejected,
}
