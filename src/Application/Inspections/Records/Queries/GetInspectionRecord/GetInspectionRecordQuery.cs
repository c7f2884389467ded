using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Queries.GetInspectionRecord;

/// <summary>One record: members of its group, and overseers within their data scope (<see cref="RecordAccess"/>).</summary>
public sealed record GetInspectionRecordQuery(Guid Id) : IQuery<InspectionRecordDto>;
