using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>Jobs as the API shows them: each with the registry version number of its model (one query for a page).</summary>
public static class RiskJobDtos
{
    public static async Task<RiskJobDto> OfAsync(IApplicationDbContext db, RiskJob job, CancellationToken ct) =>
        (await OfAsync(db, [job], ct))[0];

    public static async Task<IReadOnlyList<RiskJobDto>> OfAsync(IApplicationDbContext db, IReadOnlyList<RiskJob> jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(jobs);
        var ids = jobs.Where(j => j.ModelId is not null).Select(j => j.ModelId!.Value).Distinct().ToList();
        var versions = ids.Count == 0
            ? []
            : await db.RiskModels.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Version, ct);
        return [.. jobs.Select(j => RiskJobDto.From(j, j.ModelId is { } id && versions.TryGetValue(id, out var v) ? v : null))];
    }
}
