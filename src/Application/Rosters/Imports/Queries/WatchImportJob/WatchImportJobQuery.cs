using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.WatchImportJob;

/// <summary>
/// Opens a watch on one job for a stream of its progress (<c>GET /api/v1/import-jobs/{id}/events</c>): the job must exist
/// and be in the caller's scope (404 otherwise) when the watch opens; the watch then reads the job as often as the
/// stream asks, without going through the pipeline again.
/// </summary>
public sealed record WatchImportJobQuery(Guid Id) : IQuery<ImportJobWatch>, IScopedToImportJob
{
    Guid? IScopedToImportJob.ScopedImportJobId => Id;
}
