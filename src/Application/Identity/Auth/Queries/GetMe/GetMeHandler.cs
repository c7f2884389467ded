using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Identity.Users;
using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Queries.GetMe;

public sealed class GetMeHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetMeQuery, UserDto>
{
    public async ValueTask<UserDto> Handle(GetMeQuery query, CancellationToken cancellationToken) =>
        (await db.CurrentUserAsync(actor, cancellationToken)).ToDto();
}
