using DoubleRandom.Application.Inspections.Records;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListRecordCorrections;

/// <summary>Every correction of one record, oldest first; the record is read through <see cref="RecordAccess"/>.</summary>
public sealed record ListRecordCorrectionsQuery(Guid RecordId) : IQuery<IReadOnlyList<CorrectionDto>>;
