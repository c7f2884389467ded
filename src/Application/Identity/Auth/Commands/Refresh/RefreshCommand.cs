using Mediator;

namespace DoubleRandom.Application.Identity.Auth.Commands.Refresh;

/// <summary>Trades a refresh token for a new access token and a new refresh token (rotation).</summary>
public sealed record RefreshCommand(string? RefreshToken) : ICommand<TokenResponse>;
