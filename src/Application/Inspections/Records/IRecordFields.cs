using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>The fields a record is written and revised with.</summary>
public interface IRecordFields
{
    InspectionMethod? Method { get; }

    DateTime? StartedAtUtc { get; }

    DateTime? FinishedAtUtc { get; }

    string? Place { get; }

    double? Latitude { get; }

    double? Longitude { get; }

    IReadOnlyList<RecordItemInput>? Items { get; }
}
