using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Tasks;

public sealed record TaskDto(
    Guid Id, int Year, string Name, TaskSettings Settings, InspectionTaskStatus Status, bool IsFrozen, Guid? CurrentDrawId,
    Guid? CopiedFromId, DateTime? ClosedAtUtc, int Version);
