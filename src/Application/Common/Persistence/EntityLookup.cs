using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Persistence;

public static class EntityLookup
{
    /// <summary>The entity with this id, or a 404 naming the resource (already in the caller's language).</summary>
    public static async Task<T> GetOrNotFoundAsync<T>(this DbSet<T> set, Guid id, string resource, CancellationToken ct)
        where T : Entity =>
        await set.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(resource, id);
}
