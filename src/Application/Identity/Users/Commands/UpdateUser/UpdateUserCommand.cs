using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.UpdateUser;

public sealed record UpdateUserCommand(Guid Id, string? DisplayName, IReadOnlyList<string>? Roles, Guid? UnitId, bool IsDisabled, int? Version)
    : ICommand<UserDto>;
