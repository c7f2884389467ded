using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Evidence.Queries.ListEvidence;

public sealed class ListEvidenceHandler(IApplicationDbContext db, EvidenceAccess access) : IQueryHandler<ListEvidenceQuery, IReadOnlyList<EvidenceDto>>
{
    public async ValueTask<IReadOnlyList<EvidenceDto>> Handle(ListEvidenceQuery query, CancellationToken cancellationToken)
    {
        await access.EnsureReaderAsync(query.TaskId, query.TargetCode, cancellationToken);
        return await EvidenceOf(db, query.TaskId, query.TargetCode, cancellationToken);
    }

    /// <summary>The evidence of a (task, target), for whoever already may read it (the record DTO uses it too).</summary>
    public static async Task<IReadOnlyList<EvidenceDto>> EvidenceOf(IApplicationDbContext db, Guid taskId, string targetCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.InspectionEvidence.AsNoTracking().Where(e => e.TaskId == taskId && e.TargetCode == targetCode)
            .OrderBy(e => e.UploadedAtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        return [.. rows.Select(EvidenceDto.From)];
    }
}
