using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Tasks;

public sealed record TaskDto(
    Guid Id, int Year, string Name, TaskSettings Settings, InspectionTaskStatus Status, bool IsFrozen, Guid? CurrentDrawId,
    Guid? CopiedFromId, DateTime? ClosedAtUtc, int Version)
{
    public static TaskDto From(InspectionTask t) =>
        new(t.Id, t.Year, t.Name, t.Settings, t.Status, t.IsFrozen, t.CurrentDrawId, t.CopiedFromId, t.ClosedAtUtc, t.Version);
}
