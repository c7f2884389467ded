using DoubleRandom.Application.Common.Idempotency;

namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>
/// The stored requests behind the <c>Idempotency-Key</c> header, one per (user, key): claimed before the request runs
/// (the database's unique key decides a race), completed with the answer, or released when the request failed.
/// Writes bypass the audited unit of work: a stored answer is a cache of what the request recorded, not a record.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for a request with this fingerprint: true when this caller inserted it (run the request), false
    /// when the key is held (read it with <see cref="FindAsync"/>). Expired keys, and keys left in progress since before
    /// <paramref name="abandonedBefore"/> (a crashed request), are removed first.
    /// </summary>
    Task<bool> TryClaimAsync(Guid userId, string key, string fingerprint, DateTime nowUtc, DateTime expiresAtUtc, DateTime abandonedBefore, CancellationToken cancellationToken);

    Task<IdempotencyRecord?> FindAsync(Guid userId, string key, CancellationToken cancellationToken);

    Task CompleteAsync(Guid userId, string key, IdempotencyResponse response, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Frees the key (the request failed and recorded nothing): a retry runs it again.</summary>
    Task ReleaseAsync(Guid userId, string key, CancellationToken cancellationToken);

    /// <summary>Removes every expired key; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken);
}
