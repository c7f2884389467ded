using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Archives.Queries.DownloadTaskArchive;

/// <summary>The ZIP of a task's archive, opened for download (every download is recorded in the audit trail).</summary>
public sealed record DownloadTaskArchiveQuery(Guid TaskId) : IQuery<TaskArchiveFile>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
