using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

internal static class TargetLookup
{
    public static Task<Target> GetTargetAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Targets.GetOrNotFoundAsync(id, Text.Of("检查对象", "Target"), ct);
}
