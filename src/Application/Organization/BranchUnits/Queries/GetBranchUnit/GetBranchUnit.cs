using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.GetBranchUnit;

public sealed record GetBranchUnitQuery(Guid Id) : IQuery<BranchUnitDto>;

public sealed class GetBranchUnitHandler(IApplicationDbContext db) : IQueryHandler<GetBranchUnitQuery, BranchUnitDto>
{
    public async ValueTask<BranchUnitDto> Handle(GetBranchUnitQuery query, CancellationToken cancellationToken) =>
        (await db.GetAsync(query.Id, cancellationToken)).ToDto();
}
