namespace DoubleRandom.Application.Identity.Users.Commands.CreateUser;

/// <param name="TemporaryPassword">Shown once when the service generated the password; hand it over securely.</param>
public sealed record CreatedUserDto(UserDto User, string? TemporaryPassword);
