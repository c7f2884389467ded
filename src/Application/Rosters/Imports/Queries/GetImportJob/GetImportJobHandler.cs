using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.GetImportJob;

public sealed class GetImportJobHandler(IApplicationDbContext db, ImportJobView view) : IQueryHandler<GetImportJobQuery, ImportJobDto>
{
    public async ValueTask<ImportJobDto> Handle(GetImportJobQuery query, CancellationToken cancellationToken) =>
        view.ToDto(await ImportJobView.FindAsync(db, query.Id, cancellationToken));
}
