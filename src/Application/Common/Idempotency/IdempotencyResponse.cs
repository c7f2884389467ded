namespace DoubleRandom.Application.Common.Idempotency;

/// <summary>The first answer to a request, as replayed: status, the headers that matter and the body's bytes.</summary>
public sealed record IdempotencyResponse(int Status, string? ContentType, string? Location, string? ETag, byte[] Body);
