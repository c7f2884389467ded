namespace DoubleRandom.Domain.Auditing;

/// <summary>The outcome of a walk: intact with its length and head, or the first break.</summary>
/// <param name="HeadSequence">The last verified sequence (the checkpoint's, or 0, when no entry was verified).</param>
/// <param name="HeadHash">The last verified hash.</param>
/// <param name="StartCheckpoint">The checkpoint the walk started from, when older entries were archived.</param>
/// <param name="Redacted">How many of the verified entries are tombstones (payload redacted, digest kept).</param>
public sealed record ChainVerdict(
    bool Intact, long Length, long? FirstSequence, long HeadSequence, string HeadHash, long? StartCheckpoint, ChainBreak? Break,
    long Redacted = 0);
