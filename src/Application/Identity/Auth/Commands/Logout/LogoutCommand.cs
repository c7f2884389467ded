using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Commands.Logout;

/// <summary>
/// Ends this sign-in: the refresh token's whole family is revoked, and with it the access tokens issued to it
/// (they carry the family as their <c>sid</c>). The user's sign-ins on other devices go on.
/// </summary>
public sealed record LogoutCommand(string? RefreshToken) : ICommand;
