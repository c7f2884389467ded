using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Auth:PasswordHashIterations</c> of the PBKDF2 password hash (ASP.NET Core Identity's format).</summary>
public sealed class PasswordHashingOptions
{
    public const string SectionName = "Auth";

    /// <summary>Iterations for new hashes; a stored hash keeps the count it was made with.</summary>
    [Range(1_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 100_000;
}
