using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Application.Identity;

/// <summary>Signs short-lived bearer access tokens for one sign-in (the refresh-token family).</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(User user, Guid sessionId);
}
