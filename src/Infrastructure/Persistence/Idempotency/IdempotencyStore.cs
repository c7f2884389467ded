using DoubleRandom.Application.Common.Idempotency;
using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Persistence.Idempotency;

/// <summary>
/// <see cref="IIdempotencyStore"/> on <c>idempotency_keys</c>, each call in a context of its own (apart from the
/// request's unit of work). The claim is <c>INSERT … ON CONFLICT DO NOTHING</c>, understood alike by PostgreSQL and
/// SQLite: of two concurrent claims exactly one inserts.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes) : IIdempotencyStore
{
    public async Task<bool> TryClaimAsync(
        Guid userId, string key, string fingerprint, DateTime nowUtc, DateTime expiresAtUtc, DateTime abandonedBefore, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<IdempotentRequest>()
            .Where(r => r.UserId == userId && r.IdempotencyKey == key && (r.ExpiresAtUtc <= nowUtc || (r.StatusCode == null && r.CreatedAtUtc < abandonedBefore)))
            .ExecuteDeleteAsync(cancellationToken);
        // SQLite keeps ids and times as text, in the forms EF writes them (upper-case ids, ISO times).
        var sqlite = db.Database.IsSqlite();
        object[] values = sqlite
            ? [userId.ToString().ToUpperInvariant(), key, fingerprint, SqliteTime(nowUtc), SqliteTime(expiresAtUtc)]
            : [userId, key, fingerprint, nowUtc, expiresAtUtc];
        var inserted = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint, created_at_utc, expires_at_utc)
            VALUES ({0}, {1}, {2}, {3}, {4})
            ON CONFLICT DO NOTHING
            """,
            values,
            cancellationToken);
        return inserted == 1;
    }

    private static string SqliteTime(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IdempotencyRecord?> FindAsync(Guid userId, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<IdempotentRequest>().AsNoTracking()
            .Where(r => r.UserId == userId && r.IdempotencyKey == key)
            .Select(r => new { r.Fingerprint, r.StatusCode, r.ContentType, r.Location, r.ETag, r.Body })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new IdempotencyRecord(row.Fingerprint, row.StatusCode is { } status
            ? new IdempotencyResponse(status, row.ContentType, row.Location, row.ETag, row.Body ?? [])
            : null);
    }

    public async Task CompleteAsync(Guid userId, string key, IdempotencyResponse response, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<IdempotentRequest>()
            .Where(r => r.UserId == userId && r.IdempotencyKey == key)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, response.Status)
                .SetProperty(r => r.ContentType, response.ContentType)
                .SetProperty(r => r.Location, response.Location)
                .SetProperty(r => r.ETag, response.ETag)
                .SetProperty(r => r.Body, response.Body)
                .SetProperty(r => r.CompletedAtUtc, nowUtc), cancellationToken);
    }

    public async Task ReleaseAsync(Guid userId, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<IdempotentRequest>().Where(r => r.UserId == userId && r.IdempotencyKey == key && r.StatusCode == null).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<int> RemoveExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<IdempotentRequest>().Where(r => r.ExpiresAtUtc <= nowUtc).ExecuteDeleteAsync(cancellationToken);
    }
}
