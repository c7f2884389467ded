using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Commands.ChangePassword;

/// <summary>Changes the signed-in user's own password; every other sign-in of the user ends.</summary>
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : ICommand<TokenResponse>;
