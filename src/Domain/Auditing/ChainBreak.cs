namespace DoubleRandom.Domain.Auditing;

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

    /// <summary>A version 2 entry's payload does not give the digest the chain committed to (payload edited, or a tombstone un-marked).</summary>
    public const string PayloadMismatch = "payload-mismatch";

    /// <summary>A tombstone that no <c>audit.redact</c> entry records, that still holds payload, or that sits on a version 1 entry.</summary>
    public const string RedactionInvalid = "redaction-invalid";
}
