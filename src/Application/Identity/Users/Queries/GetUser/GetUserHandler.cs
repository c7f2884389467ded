using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Identity.Users.Queries.GetUser;

public sealed class GetUserHandler(IApplicationDbContext db) : IQueryHandler<GetUserQuery, UserDto>
{
    public async ValueTask<UserDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        (await db.GetUserAsync(query.Id, cancellationToken)).ToDto();
}
