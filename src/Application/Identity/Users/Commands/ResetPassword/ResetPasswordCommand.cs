using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.ResetPassword;

/// <summary>An administrator's reset: a temporary password, returned once; every sign-in of the user ends.</summary>
public sealed record ResetPasswordCommand(Guid Id) : ICommand<TemporaryPasswordDto>;
