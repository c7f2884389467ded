using DoubleRandom.Application.Identity.Users;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>What a successful sign-in or refresh returns. Send the access token as <c>Authorization: Bearer …</c>.</summary>
/// <param name="ExpiresIn">Seconds until the access token expires.</param>
/// <param name="RefreshToken">Use once at <c>/auth/refresh</c> for a new pair; it is rotated at each use.</param>
/// <param name="MustChangePassword">When true, only <c>/auth/change-password</c>, <c>/auth/me</c> and <c>/auth/logout</c> are open until the password is changed.</param>
public sealed record TokenResponse(
    string AccessToken, string TokenType, int ExpiresIn, DateTime ExpiresAtUtc, string RefreshToken, bool MustChangePassword, UserDto User);
