using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.BranchUnits;

internal static class BranchUnitLookup
{
    public static Task<BranchUnit> GetAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.BranchUnits.GetOrNotFoundAsync(id, RecordNames.BranchUnit, ct);

    /// <summary>A parent named in a request must exist; a missing one is a field error, not a 404 of the whole request.</summary>
    public static async Task<BranchUnit?> FindParentAsync(this IApplicationDbContext db, Guid? parentId, CancellationToken ct)
    {
        if (parentId is null)
        {
            return null;
        }

        return await db.BranchUnits.FirstOrDefaultAsync(u => u.Id == parentId, ct)
            ?? throw RequestValidationException.ForField(
                "parentId", Text.Of($"上级派出机构不存在：{parentId}", $"Parent unit '{parentId}' does not exist."));
    }

    /// <summary>Walks up from the proposed parent; meeting the unit itself means the move would make a cycle.</summary>
    public static async Task<bool> WouldCreateCycleAsync(
        this IApplicationDbContext db, BranchUnit unit, BranchUnit? parent, CancellationToken ct)
    {
        var current = parent;
        for (var depth = 0; current is not null && depth < 64; depth++)
        {
            if (current.Id == unit.Id)
            {
                return true;
            }

            current = current.ParentId is { } next ? await db.BranchUnits.FirstOrDefaultAsync(u => u.Id == next, ct) : null;
        }

        return current is not null;
    }
}
