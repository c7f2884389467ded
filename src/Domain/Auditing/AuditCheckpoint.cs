namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// Where verification restarts after older entries were moved to an archive: the sequence and hash of the
/// last archived entry. Recorded by an administrator (docs/audit.md, "Rotation"); append-only like the trail.
/// </summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint()
    {
    }

    public AuditCheckpoint(long sequence, string hash, DateTime occurredAtUtc, DateTime recordedAtUtc, string recordedBy, string? archive, string? signature)
    {
        Sequence = sequence;
        Hash = hash;
        OccurredAtUtc = occurredAtUtc;
        RecordedAtUtc = recordedAtUtc;
        RecordedBy = recordedBy;
        Archive = archive;
        Signature = signature;
    }

    /// <summary>The sequence of the last archived entry; the trail continues at the next one.</summary>
    public long Sequence { get; private set; }

    /// <summary>That entry's hash: the next entry's <see cref="AuditEntry.PrevHash"/> must equal it.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>That entry's time, so times stay monotonic across the cut.</summary>
    public DateTime OccurredAtUtc { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    /// <summary>Where the archived entries went and the archive file's SHA-256, e.g. <c>audit-2026.csv sha256:…</c>.</summary>
    public string? Archive { get; private set; }

    /// <summary>An optional detached signature over <c>sequence:hash</c> by the administrator's key.</summary>
    public string? Signature { get; private set; }
}
