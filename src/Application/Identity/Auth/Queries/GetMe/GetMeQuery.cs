using DoubleRandom.Application.Identity.Users;
using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Queries.GetMe;

/// <summary>The signed-in user.</summary>
public sealed record GetMeQuery : IQuery<UserDto>;
