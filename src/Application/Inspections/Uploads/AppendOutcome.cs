namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>
/// What one PATCH left on disk: the offset now durably written, whether the declared chunk checksum failed (the chunk
/// was discarded), whether the body had more than the upload's remaining length, and the error that broke the body off.
/// </summary>
public sealed record AppendOutcome(long Offset, bool ChecksumFailed, bool TooLong, Exception? Broken);
