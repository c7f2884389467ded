using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.CreateInspectionRecord;

/// <summary>
/// Writes the record of one assigned target (§4.1.1, §6.2): the caller must be in the target's effective group, the
/// task open and its draw sealed; one record per (task, target).
/// </summary>
public sealed record CreateInspectionRecordCommand(
    Guid TaskId, string? TargetCode, InspectionMethod? Method, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, string? Place,
    double? Latitude, double? Longitude, IReadOnlyList<RecordItemInput>? Items)
    : ICommand<InspectionRecordDto>, IRecordFields, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
