using DoubleRandom.Application.Common.Idempotency;
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
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint, created_at_utc, expires_at_utc)
            VALUES ({userId}, {key}, {fingerprint}, {nowUtc}, {expiresAtUtc})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

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
