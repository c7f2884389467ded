namespace DoubleRandom.Domain.Inspections;

/// <summary>What a scanned licence means for the inspector.</summary>
public enum LicenceScanStatus
{
    /// <summary>The code is in the roster and the target is assigned to the caller in an open task.</summary>
    Matched,

    /// <summary>No roster entry has this code.</summary>
    NotInRoster,

    /// <summary>The roster has the target, but no open task assigns it to the caller.</summary>
    NotAssignedToYou,
}
