using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>Stamps who and when on every saved entity, and bumps its version, in one place.</summary>
public sealed class StampingInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.StampCreated(now, actor.Name);
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.StampUpdated(now, actor.Name);
            }
        }
    }
}
