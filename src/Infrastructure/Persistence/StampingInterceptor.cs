using DoubleRandom.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>
/// Stamps who and when on every saved entity, and bumps its version, in one place. A singleton: the actor and the
/// clock come from the context being saved, so the context options are built once for the process.
/// </summary>
public sealed class StampingInterceptor : SaveChangesInterceptor
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

    private static void Stamp(DbContext? context)
    {
        if (context is not AppDbContext { Actor: var actor, Clock: var clock })
        {
            return;
        }

        MarkOwnersOfChangedParts(context);
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

    /// <summary>
    /// A change to an owned part (an officer's certificate) is a change to its owner: it must bump the owner's
    /// version, or a concurrent edit of the certificates would go unnoticed.
    /// </summary>
    private static void MarkOwnersOfChangedParts(DbContext context)
    {
        var changedOwners = context.ChangeTracker.Entries()
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(e => e.Metadata.FindOwnership()!.Properties.Select(p => e.Property(p.Name).CurrentValue ?? e.Property(p.Name).OriginalValue).FirstOrDefault())
            .OfType<Guid>()
            .ToHashSet();
        if (changedOwners.Count == 0)
        {
            return;
        }

        foreach (var owner in context.ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Unchanged && changedOwners.Contains(e.Entity.Id)))
        {
            owner.State = EntityState.Modified;
        }
    }
}
