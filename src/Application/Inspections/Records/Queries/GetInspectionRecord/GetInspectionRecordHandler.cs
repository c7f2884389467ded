using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Queries.GetInspectionRecord;

public sealed class GetInspectionRecordHandler(RecordAccess access) : IQueryHandler<GetInspectionRecordQuery, InspectionRecordDto>
{
    public async ValueTask<InspectionRecordDto> Handle(GetInspectionRecordQuery query, CancellationToken cancellationToken) =>
        (await access.ReadableAsync(query.Id, cancellationToken)).ToDto();
}
