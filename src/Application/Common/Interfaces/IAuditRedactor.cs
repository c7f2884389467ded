namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>
/// Replaces a version 2 audit entry's payload with a tombstone, in one transaction with the <c>audit.redact</c> entry
/// that records it (docs/audit.md, "Redaction"). The database refuses any other change to an entry.
/// </summary>
public interface IAuditRedactor
{
    /// <summary>
    /// Redacts entry <paramref name="sequence"/> and returns the sequence of the entry that records the redaction.
    /// Throws a conflict when the database refuses (a version 1 entry, or one already redacted meanwhile).
    /// </summary>
    Task<long> RedactAsync(long sequence, string payloadDigest, string reason, CancellationToken cancellationToken);
}
