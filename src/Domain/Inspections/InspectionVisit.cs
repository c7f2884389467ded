namespace DoubleRandom.Domain.Inspections;

/// <summary>The changeable facts of a record, as one value so that writing and revising share them.</summary>
public sealed record InspectionVisit(
    InspectionMethod Method,
    DateTime StartedAtUtc,
    DateTime FinishedAtUtc,
    string? Place,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<ItemResult> Items);
