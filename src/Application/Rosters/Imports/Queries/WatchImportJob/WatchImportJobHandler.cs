using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.WatchImportJob;

public sealed class WatchImportJobHandler(IApplicationDbContext db, ImportJobView view) : IQueryHandler<WatchImportJobQuery, ImportJobWatch>
{
    public async ValueTask<ImportJobWatch> Handle(WatchImportJobQuery query, CancellationToken cancellationToken)
    {
        // 404 now, before the stream starts, for a job that does not exist (the scope behaviour has checked the rest).
        await ImportJobView.FindAsync(db, query.Id, cancellationToken);
        return new ImportJobWatch(db, view, query.Id);
    }
}
