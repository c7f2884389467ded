using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Infrastructure.Draws;

public sealed class DrawStore(AppDbContext db) : IDrawStore
{
    public async Task LockAsync(Guid drawId, CancellationToken ct)
    {
        if (db is PostgresAppDbContext)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM draws WHERE id = {drawId} FOR UPDATE", ct);
        }
    }

    public async Task AddTargetReferencesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var list = codes.ToList();
        await db.Targets.Where(t => list.Contains(t.Code))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DrawReferenceCount, t => t.DrawReferenceCount + 1), ct);
    }
}
