using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Records;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListRecordCorrections;

public sealed class ListRecordCorrectionsHandler(IApplicationDbContext db, RecordAccess access)
    : IQueryHandler<ListRecordCorrectionsQuery, IReadOnlyList<CorrectionDto>>
{
    public async ValueTask<IReadOnlyList<CorrectionDto>> Handle(ListRecordCorrectionsQuery query, CancellationToken cancellationToken)
    {
        var record = await access.ReadableAsync(query.RecordId, cancellationToken);
        var corrections = await db.RecordCorrections.AsNoTracking().Where(c => c.RecordId == record.Id)
            .OrderBy(c => c.RequestedAtUtc).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. corrections.Select(c => c.ToDto())];
    }
}
