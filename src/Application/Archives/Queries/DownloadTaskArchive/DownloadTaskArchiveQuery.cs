using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Archives.Queries.DownloadTaskArchive;

/// <summary>
/// The ZIP of a task's archive, opened for download. A download is recorded in the audit trail when
/// <paramref name="Audited"/>: the endpoint passes false for a Range request that does not start at byte 0 (the later parts
/// of one resumed or parallel download), so one download is one entry.
/// </summary>
public sealed record DownloadTaskArchiveQuery(Guid TaskId, bool Audited = true) : IQuery<TaskArchiveFile>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
