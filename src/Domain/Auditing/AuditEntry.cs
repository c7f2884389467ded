namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// One link of the audit trail: who did what to which record, when and from where, with the record
/// before and after (canonical JSON), chained to the entry before it by <see cref="PrevHash"/>.
/// Entries are appended, never changed: the database refuses UPDATE and DELETE (docs/audit.md).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    /// <summary>1, 2, 3, … without gaps; assigned while the chain is locked.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, microseconds; never earlier than the previous entry's time.</summary>
    public DateTime OccurredAtUtc { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    /// <summary>The actor's roles as a canonical JSON array of strings, e.g. <c>["operator"]</c>.</summary>
    public string ActorRoles { get; private set; } = "[]";

    public Guid? UnitId { get; private set; }

    /// <summary><c>create</c>, <c>update</c>, <c>delete</c>, <c>read</c>, or an operation such as <c>draw.witness</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    public string EntityType { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    /// <summary>The record's mapped properties before the change (canonical JSON), null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>The record's mapped properties after the change (canonical JSON), null for a deletion.</summary>
    public string? After { get; private set; }

    /// <summary>Why a sensitive read or an operation happened, as the caller stated it.</summary>
    public string? Reason { get; private set; }

    public string? RequestId { get; private set; }

    public string? ClientAddress { get; private set; }

    /// <summary>The previous entry's <see cref="Hash"/> (64 hex digits; zeros for the first entry).</summary>
    public string PrevHash { get; private set; } = AuditHash.Genesis;

    /// <summary>SHA-256 over the previous hash and this entry's canonical bytes, lower-case hex.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>
    /// Which canonical form <see cref="Hash"/> covers: 1 embeds the payload (before, after, reason) itself; 2 embeds
    /// only <see cref="PayloadDigest"/>, so the payload can later be redacted without breaking the chain.
    /// </summary>
    public int HashVersion { get; private set; } = AuditHash.Version;

    /// <summary>Version 2: SHA-256 of the canonical payload (<see cref="AuditHash.CanonicalPayload"/>), lower-case hex.</summary>
    public string? PayloadDigest { get; private set; }

    /// <summary>
    /// Version 2: a random UUID hashed with the payload, so the digest of a redacted payload cannot be used to
    /// confirm a guess of it. Removed with the payload.
    /// </summary>
    public string? PayloadNonce { get; private set; }

    /// <summary>Set when the payload was redacted (a tombstone): before, after, reason and nonce are then null.</summary>
    public DateTime? RedactedAtUtc { get; private set; }

    /// <summary>Who redacted the payload (the actor's name).</summary>
    public string? RedactedBy { get; private set; }

    /// <summary>The legal ground stated for the redaction.</summary>
    public string? RedactionReason { get; private set; }

    /// <summary>The sequence of the <c>audit.redact</c> entry that records the redaction.</summary>
    public long? RedactionSequence { get; private set; }

    /// <summary>True for a tombstone: the payload was redacted, the digest and the chain stay.</summary>
    public bool IsRedacted => RedactedAtUtc is not null;

    /// <summary>
    /// Links a draft to the chain after <paramref name="prevHash"/>, computing its hash. New entries use the
    /// current hash version (2) with a fresh random nonce; version 1 remains for entries linked before it.
    /// </summary>
    public static AuditEntry Chain(
        AuditDraft draft, AuditActor actor, long sequence, DateTime occurredAtUtc, string prevHash,
        int hashVersion = AuditHash.CurrentVersion, string? payloadNonce = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (hashVersion is not (AuditHash.Version or AuditHash.CurrentVersion))
        {
            throw new ArgumentOutOfRangeException(nameof(hashVersion), hashVersion, "Audit hash versions are 1 and 2.");
        }

        var entry = new AuditEntry
        {
            Sequence = sequence,
            OccurredAtUtc = CanonicalJson.TruncateToMicroseconds(occurredAtUtc),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            ActorRoles = CanonicalJson.SortedStringArray(actor.Roles),
            UnitId = actor.UnitId,
            Action = draft.Action,
            EntityType = draft.EntityType,
            EntityId = draft.EntityId,
            Before = draft.Before,
            After = draft.After,
            Reason = draft.Reason,
            RequestId = actor.RequestId,
            ClientAddress = actor.ClientAddress,
            PrevHash = prevHash,
            HashVersion = hashVersion,
        };
        if (hashVersion >= AuditHash.CurrentVersion)
        {
            entry.PayloadNonce = payloadNonce ?? AuditHash.NewPayloadNonce();
            entry.PayloadDigest = AuditHash.ComputePayloadDigest(entry);
        }

        entry.Hash = AuditHash.Compute(entry);
        return entry;
    }

    /// <summary>
    /// The tombstone the database makes of this entry (<c>audit_redact</c>, docs/audit.md "Redaction"): payload and
    /// nonce gone, digest, hash and every other member kept, pointing at the <c>audit.redact</c> entry that records it.
    /// </summary>
    public AuditEntry ToTombstone(DateTime redactedAtUtc, string redactedBy, string reason, long recordSequence)
    {
        var tombstone = (AuditEntry)MemberwiseClone();
        tombstone.Before = null;
        tombstone.After = null;
        tombstone.Reason = null;
        tombstone.PayloadNonce = null;
        tombstone.RedactedAtUtc = CanonicalJson.TruncateToMicroseconds(redactedAtUtc);
        tombstone.RedactedBy = redactedBy;
        tombstone.RedactionReason = reason;
        tombstone.RedactionSequence = recordSequence;
        return tombstone;
    }
}
