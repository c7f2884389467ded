using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Application.Identity;

public enum PasswordCheck
{
    Failed,
    Success,
    SuccessRehashNeeded,
}

/// <summary>A slow, salted key-derivation hash (PBKDF2, as ASP.NET Core Identity's hasher).</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);
}

public sealed record AccessToken(string Token, DateTime ExpiresAtUtc);

/// <summary>Signs short-lived bearer access tokens for one sign-in (the refresh-token family).</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(User user, Guid sessionId);
}
