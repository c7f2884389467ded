namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// Walks the trail in sequence order, one entry at a time (so millions of entries need no memory), and
/// stops at the first broken link. Start: the genesis, or the newest checkpoint before the first entry
/// still in the table (older entries were archived). Checkpoints inside the walked range must match it.
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

    public AuditChainVerifier(IEnumerable<AuditCheckpoint> checkpoints)
    {
        _ordered = [.. checkpoints.OrderBy(c => c.Sequence)];
        _checkpoints = _ordered.ToDictionary(c => c.Sequence);
    }

    public long Length { get; private set; }

    public long? FirstSequence { get; private set; }

    public ChainBreak? Break { get; private set; }

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

        return new ChainVerdict(
            Break is null, Length, FirstSequence, _expectedSequence - 1, _expectedPrevHash, _start?.Sequence, Break);
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

        return null;
    }
}

/// <summary>The first broken link: at which sequence, what kind of break, what was expected and what was found.</summary>
public sealed record ChainBreak(long Sequence, string Kind, string Expected, string Actual)
{
    /// <summary>An entry is missing (deleted) or out of place: the walk expected this sequence next.</summary>
    public const string SequenceGap = "sequence-gap";

    /// <summary>The entry does not point at the entry before it (reordered, inserted, or the predecessor was rewritten).</summary>
    public const string PrevHashMismatch = "prev-hash-mismatch";

    /// <summary>The entry's content does not produce its stored hash (the entry was edited).</summary>
    public const string HashMismatch = "hash-mismatch";

    /// <summary>The entry is dated before its predecessor.</summary>
    public const string TimeRegression = "time-regression";

    /// <summary>A recorded checkpoint disagrees with the entry at its sequence.</summary>
    public const string CheckpointMismatch = "checkpoint-mismatch";
}

/// <summary>The outcome of a walk: intact with its length and head, or the first break.</summary>
/// <param name="HeadSequence">The last verified sequence (the checkpoint's, or 0, when no entry was verified).</param>
/// <param name="HeadHash">The last verified hash.</param>
/// <param name="StartCheckpoint">The checkpoint the walk started from, when older entries were archived.</param>
public sealed record ChainVerdict(
    bool Intact, long Length, long? FirstSequence, long HeadSequence, string HeadHash, long? StartCheckpoint, ChainBreak? Break);
