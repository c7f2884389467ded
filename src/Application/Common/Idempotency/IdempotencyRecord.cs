namespace DoubleRandom.Application.Common.Idempotency;

/// <summary>A held key: the fingerprint of its request and, once it completed, the stored answer.</summary>
public sealed record IdempotencyRecord(string Fingerprint, IdempotencyResponse? Response);
