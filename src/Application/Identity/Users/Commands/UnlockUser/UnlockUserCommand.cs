using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.UnlockUser;

public sealed record UnlockUserCommand(Guid Id) : ICommand<UserDto>;
