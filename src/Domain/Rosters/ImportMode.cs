namespace DoubleRandom.Domain.Rosters;

public enum ImportMode
{
    /// <summary>Validate every row and count what would change; write nothing.</summary>
    DryRun,

    /// <summary>Validate, then apply every row in one transaction (all or nothing).</summary>
    Apply,

    /// <summary>Apply the valid rows in one transaction and report the bad ones (an unreadable file still writes nothing).</summary>
    ApplyValid,
}
