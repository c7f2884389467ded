using Mediator;

namespace DoubleRandom.Application.Identity.Users.Queries.GetUser;

public sealed record GetUserQuery(Guid Id) : IQuery<UserDto>;
