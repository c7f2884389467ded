using DoubleRandom.Application.Inspections.Records;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListRecordVersions;

/// <summary>The versions of a record's results, version 1 first; the record is read through <see cref="RecordAccess"/>.</summary>
public sealed record ListRecordVersionsQuery(Guid RecordId) : IQuery<IReadOnlyList<RecordVersionDto>>;
