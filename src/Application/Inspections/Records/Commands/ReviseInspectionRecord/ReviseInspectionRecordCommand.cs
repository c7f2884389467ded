using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.ReviseInspectionRecord;

/// <summary>
/// Revises a record (a member of its group, while the task is open). <see cref="Version"/> is the version the client read
/// (from the If-Match header): a record changed since is refused with 409 stale-version.
/// </summary>
public sealed record ReviseInspectionRecordCommand(
    Guid Id, int? Version, InspectionMethod? Method, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, string? Place,
    double? Latitude, double? Longitude, IReadOnlyList<RecordItemInput>? Items)
    : ICommand<InspectionRecordDto>, IRecordFields;
