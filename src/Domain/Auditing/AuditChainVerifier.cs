namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// Walks the trail in sequence order, one entry at a time (so millions of entries need no memory), and
/// stops at the first broken link. Start: the genesis, or the newest checkpoint before the first entry
/// still in the table (older entries were archived). Checkpoints inside the walked range must match it.
/// Each entry is checked in its own hash version; a version 2 entry's payload must give its digest, unless the
/// payload was redacted, and then a later <c>audit.redact</c> entry must record that redaction.
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly Dictionary<long, AuditCheckpoint> _checkpoints;
    private readonly List<AuditCheckpoint> _ordered;
    private long _expectedSequence;
    private string _expectedPrevHash = AuditHash.Genesis;
    private DateTime _previousTime = DateTime.MinValue;
    private AuditCheckpoint? _start;
    private bool _started;

    /// <summary>Redacted entries whose recording <c>audit.redact</c> entry lies ahead: sequence of that entry → redacted sequence.</summary>
    private readonly SortedDictionary<long, long> _awaitingRecord = [];

    public AuditChainVerifier(IEnumerable<AuditCheckpoint> checkpoints)
    {
        _ordered = [.. checkpoints.OrderBy(c => c.Sequence)];
        _checkpoints = _ordered.ToDictionary(c => c.Sequence);
    }

    public long Length { get; private set; }

    public long? FirstSequence { get; private set; }

    public ChainBreak? Break { get; private set; }

    /// <summary>How many verified entries are tombstones (their payload was redacted).</summary>
    public long Redacted { get; private set; }

    /// <summary>Checks the next entry; false once the chain is broken (stop reading).</summary>
    public bool Accept(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Break is not null)
        {
            return false;
        }

        if (!_started)
        {
            Begin(entry.Sequence);
        }

        Break = Check(entry);
        if (Break is not null)
        {
            return false;
        }

        Length++;
        if (entry.IsRedacted)
        {
            Redacted++;
        }

        _expectedSequence = entry.Sequence + 1;
        _expectedPrevHash = entry.Hash;
        _previousTime = entry.OccurredAtUtc;
        return true;
    }

    public ChainVerdict Result()
    {
        if (!_started)
        {
            Begin(long.MaxValue);
        }

        if (Break is null && _awaitingRecord.Count > 0)
        {
            // A tombstone whose redaction no entry of the chain records: redacted outside the audited path.
            var (record, redacted) = _awaitingRecord.First();
            Break = new ChainBreak(redacted, ChainBreak.RedactionInvalid,
                $"audit.redact entry {record} naming sequence {redacted}", "no such entry");
        }

        return new ChainVerdict(
            Break is null, Length, FirstSequence, _expectedSequence - 1, _expectedPrevHash, _start?.Sequence, Break, Redacted);
    }

    private void Begin(long firstSequence)
    {
        _started = true;
        FirstSequence = firstSequence == long.MaxValue ? null : firstSequence;
        _start = _ordered.LastOrDefault(c => c.Sequence < firstSequence);
        _expectedSequence = (_start?.Sequence ?? 0) + 1;
        _expectedPrevHash = _start?.Hash ?? AuditHash.Genesis;
        _previousTime = _start?.OccurredAtUtc ?? DateTime.MinValue;
    }

    private ChainBreak? Check(AuditEntry entry)
    {
        if (entry.Sequence != _expectedSequence)
        {
            return new ChainBreak(_expectedSequence, ChainBreak.SequenceGap,
                $"sequence {_expectedSequence}", $"sequence {entry.Sequence}");
        }

        if (!string.Equals(entry.PrevHash, _expectedPrevHash, StringComparison.Ordinal))
        {
            return new ChainBreak(entry.Sequence, ChainBreak.PrevHashMismatch, _expectedPrevHash, entry.PrevHash);
        }

        var computed = AuditHash.Compute(entry);
        if (!string.Equals(entry.Hash, computed, StringComparison.Ordinal))
        {
            return new ChainBreak(entry.Sequence, ChainBreak.HashMismatch, computed, entry.Hash);
        }

        if (CheckPayload(entry) is { } payload)
        {
            return payload;
        }

        if (entry.OccurredAtUtc < _previousTime)
        {
            return new ChainBreak(entry.Sequence, ChainBreak.TimeRegression,
                $"at or after {CanonicalJson.Timestamp(_previousTime)}", CanonicalJson.Timestamp(entry.OccurredAtUtc));
        }

        if (_checkpoints.TryGetValue(entry.Sequence, out var checkpoint)
            && !string.Equals(checkpoint.Hash, entry.Hash, StringComparison.Ordinal))
        {
            return new ChainBreak(entry.Sequence, ChainBreak.CheckpointMismatch, checkpoint.Hash, entry.Hash);
        }

        if (_awaitingRecord.Remove(entry.Sequence, out var redactedSequence)
            && !(entry.Action == AuditRedaction.Action && entry.EntityType == AuditRedaction.EntityType
                && entry.EntityId == redactedSequence.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            return new ChainBreak(redactedSequence, ChainBreak.RedactionInvalid,
                $"audit.redact entry {entry.Sequence} naming sequence {redactedSequence}", $"{entry.Action} {entry.EntityType} {entry.EntityId}");
        }

        if (entry.IsRedacted && !_awaitingRecord.TryAdd(entry.RedactionSequence!.Value, entry.Sequence))
        {
            return new ChainBreak(entry.Sequence, ChainBreak.RedactionInvalid,
                $"its own audit.redact entry", $"entry {entry.RedactionSequence} records sequence {_awaitingRecord[entry.RedactionSequence!.Value]}");
        }

        return null;
    }

    /// <summary>
    /// Version 2: the payload must give the digest the chain committed to; a tombstone must hold no payload, point
    /// forward at the entry that records it, and sit on a version 2 entry (version 1 hashes the payload itself).
    /// </summary>
    private static ChainBreak? CheckPayload(AuditEntry entry)
    {
        if (entry.IsRedacted)
        {
            var valid = entry.HashVersion >= AuditHash.CurrentVersion
                && entry is { Before: null, After: null, Reason: null, PayloadNonce: null }
                && entry.RedactionSequence > entry.Sequence;
            return valid ? null : new ChainBreak(entry.Sequence, ChainBreak.RedactionInvalid,
                "a tombstone of a version 2 entry: no payload, recorded by a later audit.redact entry",
                $"version {entry.HashVersion}, payload {(entry is { Before: null, After: null, Reason: null, PayloadNonce: null } ? "absent" : "present")}, recorded by {entry.RedactionSequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        }

        if (entry.HashVersion < AuditHash.CurrentVersion)
        {
            return null;
        }

        var digest = AuditHash.ComputePayloadDigest(entry);
        return string.Equals(digest, entry.PayloadDigest, StringComparison.Ordinal)
            ? null
            : new ChainBreak(entry.Sequence, ChainBreak.PayloadMismatch, entry.PayloadDigest ?? "null", digest);
    }
}
