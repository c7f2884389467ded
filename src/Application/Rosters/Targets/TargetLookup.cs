using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets;

internal static class TargetLookup
{
    public static async Task<Target> GetTargetAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new NotFoundException(Text.Of("检查对象", "Target"), id);
}
