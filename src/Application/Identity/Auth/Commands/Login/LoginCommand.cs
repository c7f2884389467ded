using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Commands.Login;

/// <summary>Signs in with a user name and password.</summary>
public sealed record LoginCommand(string? UserName, string? Password) : ICommand<TokenResponse>;
