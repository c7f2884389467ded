using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// A correction's results on the record's visit: the proposed items with the record's method, times and place, so the
/// items are checked exactly as a record's are (<see cref="RecordFields"/>: every item of the task once, usable
/// categories, a rectification deadline within five years of the visit's day).
/// </summary>
public sealed record CorrectionContent(InspectionRecord Record, IReadOnlyList<RecordItemInput>? Items) : IRecordFields
{
    public InspectionMethod? Method => Record.Method;

    public DateTime? StartedAtUtc => Record.StartedAtUtc;

    public DateTime? FinishedAtUtc => Record.FinishedAtUtc;

    public string? Place => Record.Place;

    public double? Latitude => Record.Latitude;

    public double? Longitude => Record.Longitude;
}
