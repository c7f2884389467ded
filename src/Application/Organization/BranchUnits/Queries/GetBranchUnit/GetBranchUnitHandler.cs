using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.GetBranchUnit;

public sealed class GetBranchUnitHandler(IApplicationDbContext db, UnitScope scope) : IQueryHandler<GetBranchUnitQuery, BranchUnitDto>
{
    public async ValueTask<BranchUnitDto> Handle(GetBranchUnitQuery query, CancellationToken cancellationToken)
    {
        // A unit outside the caller's scope is reported as absent, not forbidden: scoping does not leak existence.
        if (!await scope.CanSeeAsync(query.Id, cancellationToken))
        {
            throw new NotFoundException(RecordNames.BranchUnit, query.Id);
        }

        return (await db.GetAsync(query.Id, cancellationToken)).ToDto();
    }
}
