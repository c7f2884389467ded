namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>
/// Records what the change tracker cannot see. Row changes saved through the unit of work are recorded
/// on their own; use this for reads of sensitive data (a draw bundle before reveal, a personal-data
/// export) and for operations that change no row, or bulk paths that bypass the change tracker
/// (a failed draw, a COPY import). Entries join the caller's transaction when one is open (and vanish
/// with it on rollback); otherwise they are committed at once.
/// </summary>
public interface IAuditLog
{
    /// <summary>Records that <paramref name="entityType"/> <paramref name="entityId"/> was read, and why.</summary>
    Task RecordReadAsync(string entityType, string entityId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Records an operation, e.g. <c>draw.witness</c> or <c>draw.fail</c> on a Draw, with optional details
    /// (stored as the entry's <c>after</c>, canonical JSON).
    /// </summary>
    Task RecordOperationAsync(
        string action, string entityType, string entityId, string? reason,
        IReadOnlyDictionary<string, object?>? details, CancellationToken cancellationToken);
}
