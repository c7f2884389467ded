using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Evidence.Queries.ListEvidence;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Queries.GetInspectionRecord;

public sealed class GetInspectionRecordHandler(RecordAccess access, IApplicationDbContext db) : IQueryHandler<GetInspectionRecordQuery, InspectionRecordDto>
{
    public async ValueTask<InspectionRecordDto> Handle(GetInspectionRecordQuery query, CancellationToken cancellationToken)
    {
        var record = await access.ReadableAsync(query.Id, cancellationToken);
        return record.ToDto() with { Evidence = await ListEvidenceHandler.EvidenceOf(db, record.TaskId, record.TargetCode, cancellationToken) };
    }
}
