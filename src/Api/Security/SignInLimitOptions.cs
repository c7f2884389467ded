using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Security;

/// <summary>The sign-in rate limit per client address (<c>Auth:SignInPermitLimit</c> per <c>Auth:SignInWindowSeconds</c>).</summary>
public sealed class SignInLimitOptions
{
    public const string SectionName = "Auth";

    [Range(1, int.MaxValue)]
    public int SignInPermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int SignInWindowSeconds { get; set; } = 60;
}
