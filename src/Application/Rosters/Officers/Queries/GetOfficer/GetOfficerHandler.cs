using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Queries.GetOfficer;

public sealed class GetOfficerHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetOfficerQuery, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(GetOfficerQuery query, CancellationToken cancellationToken)
    {
        // Outside the caller's units the officer is reported absent (RecordScope): scoping does not leak existence.
        var officer = await db.GetOfficerAsync(query.Id, cancellationToken);
        return officer.ToDto(clock.Today());
    }
}
