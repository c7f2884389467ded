using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Identity;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Queries.GetOfficer;

public sealed record GetOfficerQuery(Guid Id) : IQuery<OfficerDto>;

public sealed class GetOfficerHandler(IApplicationDbContext db, UnitScope scope, TimeProvider clock) : IQueryHandler<GetOfficerQuery, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(GetOfficerQuery query, CancellationToken cancellationToken)
    {
        var officer = await db.GetOfficerAsync(query.Id, cancellationToken);
        // Outside the caller's units the officer is reported absent: scoping does not leak existence.
        if (!await scope.CanSeeAsync(officer.UnitId, cancellationToken))
        {
            throw new NotFoundException(Text.Of("执法检查人员", "Officer"), query.Id);
        }

        return officer.ToDto(clock.Today());
    }
}
