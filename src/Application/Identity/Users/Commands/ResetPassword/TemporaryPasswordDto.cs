namespace DoubleRandom.Application.Identity.Users.Commands.ResetPassword;

public sealed record TemporaryPasswordDto(Guid UserId, string TemporaryPassword);
