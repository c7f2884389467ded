using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Application.Auditing.Queries.VerifyAuditChain;

/// <summary>The outcome of a verification.</summary>
/// <param name="Intact">True when every link holds.</param>
/// <param name="Length">How many entries were verified (up to the break, if any).</param>
/// <param name="FirstSequence">The first entry still in the table (after archiving, the one after the checkpoint).</param>
/// <param name="HeadSequence">The last verified sequence.</param>
/// <param name="HeadHash">The last verified hash: compare it with a published daily head.</param>
/// <param name="StartCheckpoint">The checkpoint the walk started from, if older entries were archived.</param>
/// <param name="Break">The first broken link: its sequence, its kind (<c>hash-mismatch</c>, <c>prev-hash-mismatch</c>, <c>sequence-gap</c>, <c>time-regression</c>, <c>checkpoint-mismatch</c>, <c>payload-mismatch</c>, <c>redaction-invalid</c>), expected and actual values.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Redacted">How many verified entries are tombstones (payload redacted; digest, place and record kept).</param>
public sealed record AuditVerificationDto(
    bool Intact, long Length, long? FirstSequence, long HeadSequence, string HeadHash, long? StartCheckpoint,
    ChainBreak? Break, string Message, long Redacted = 0);
