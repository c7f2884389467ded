using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Application.Rosters.Imports.Queries.WatchImportJob;

/// <summary>One job, read again on each call: its stored state with the live progress of a running import.</summary>
public sealed class ImportJobWatch(IApplicationDbContext db, ImportJobView view, Guid id)
{
    public Guid Id => id;

    /// <summary>The job as <c>GET /api/v1/import-jobs/{id}</c> shows it now.</summary>
    public async Task<ImportJobDto> ReadAsync(CancellationToken cancellationToken) =>
        view.ToDto(await ImportJobView.FindAsync(db, id, cancellationToken));
}
