using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Queries.GetOfficer;

public sealed record GetOfficerQuery(Guid Id) : IQuery<OfficerDto>;

public sealed class GetOfficerHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetOfficerQuery, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(GetOfficerQuery query, CancellationToken cancellationToken) =>
        (await db.GetOfficerAsync(query.Id, cancellationToken)).ToDto(clock.Today());
}
