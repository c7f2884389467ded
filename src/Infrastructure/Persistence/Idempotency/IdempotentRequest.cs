namespace DoubleRandom.Infrastructure.Persistence.Idempotency;

/// <summary>
/// A row of <c>idempotency_keys</c>: a request claimed under (user, key), with the fingerprint of its method, path
/// and body, and once completed the answer to replay. Written with plain statements (never through the audited unit of
/// work), removed when it expires.
/// </summary>
internal sealed class IdempotentRequest
{
    public const int KeyMaxLength = 255;
    public const int FingerprintLength = 64;
    public const int HeaderMaxLength = 2048;

    public Guid UserId { get; private set; }

    public string IdempotencyKey { get; private set; } = string.Empty;

    /// <summary>SHA-256 (hex) of the method, the path with its query and the body's SHA-256.</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    /// <summary>Null while the first request runs.</summary>
    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public byte[]? Body { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }
}
