using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Archives.Commands.ArchiveTask;

/// <summary>
/// Builds the electronic archive of a closed task and makes the task read-only, in one audited action (ADR 0026).
/// <paramref name="VerifyBaseUrl"/> is the service's public address, printed in the draw record.
/// </summary>
public sealed record ArchiveTaskCommand(Guid TaskId, string VerifyBaseUrl) : ICommand<TaskArchiveDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
