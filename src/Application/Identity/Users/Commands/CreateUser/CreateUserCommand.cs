using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.CreateUser;

/// <summary>Creates a user. Without a password, a temporary one is generated and returned once; the user must change it.</summary>
/// <param name="UserName">3–64 of letters, digits and <c>. _ -</c>; stored in lower case.</param>
/// <param name="Roles">One or more of administrator, roster-keeper, operator, supervisor, leader, inspector, analyst.</param>
public sealed record CreateUserCommand(string? UserName, string? DisplayName, IReadOnlyList<string>? Roles, Guid? UnitId, string? Password)
    : ICommand<CreatedUserDto>;
