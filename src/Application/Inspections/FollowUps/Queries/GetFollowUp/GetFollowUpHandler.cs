using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.GetFollowUp;

public sealed class GetFollowUpHandler(IApplicationDbContext db, FollowUpAccess access) : IQueryHandler<GetFollowUpQuery, FollowUpDto>
{
    public async ValueTask<FollowUpDto> Handle(GetFollowUpQuery query, CancellationToken cancellationToken) =>
        await access.ToDtoAsync(await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == query.Id, cancellationToken), cancellationToken);
}
