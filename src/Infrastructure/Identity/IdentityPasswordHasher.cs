using DoubleRandom.Application.Identity;
using DoubleRandom.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure.Identity;

/// <summary>
/// ASP.NET Core Identity's hasher: PBKDF2-HMAC-SHA512 with a random salt and (by default) 100,000 iterations,
/// in a self-describing format, so stronger settings later rehash old passwords at their next sign-in.
/// </summary>
public sealed class IdentityPasswordHasher(int iterations) : Application.Identity.IPasswordHasher
{
    private readonly PasswordHasher<User> _inner = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = iterations,
    }));

    public string Hash(string password) => _inner.HashPassword(null!, password);

    public PasswordCheck Verify(string hash, string password) => _inner.VerifyHashedPassword(null!, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Success,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
        _ => PasswordCheck.Failed,
    };
}
