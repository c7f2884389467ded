using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Records;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListRecordVersions;

/// <remarks>A record never corrected has no version rows: its one version is its current results, made by whoever revised it last (the content that became final).</remarks>
public sealed class ListRecordVersionsHandler(IApplicationDbContext db, RecordAccess access)
    : IQueryHandler<ListRecordVersionsQuery, IReadOnlyList<RecordVersionDto>>
{
    public async ValueTask<IReadOnlyList<RecordVersionDto>> Handle(ListRecordVersionsQuery query, CancellationToken cancellationToken)
    {
        var record = await access.ReadableAsync(query.RecordId, cancellationToken);
        var versions = await db.InspectionRecordVersions.AsNoTracking().Where(v => v.RecordId == record.Id)
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return [new RecordVersionDto(record.ContentVersion, [.. record.Items.Select(i => i.ToDto())], record.UpdatedBy, record.UpdatedAtUtc, null, null, true)];
        }

        var ids = versions.Where(v => v.CorrectionId is not null).Select(v => v.CorrectionId!.Value).ToList();
        var reasons = await db.RecordCorrections.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reason, cancellationToken);
        return [.. versions.Select(v => new RecordVersionDto(
            v.Number, [.. v.Items.Select(i => i.ToDto())], v.MadeBy, v.MadeAtUtc, v.CorrectionId,
            v.CorrectionId is { } id ? reasons.GetValueOrDefault(id) : null, v.Number == record.ContentVersion))];
    }
}
