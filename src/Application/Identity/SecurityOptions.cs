namespace DoubleRandom.Application.Identity;

/// <summary>The <c>Auth</c> configuration section: token lifetimes, lockout, password policy, two-person rule.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Auth";

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 7;

    /// <summary>Consecutive failed sign-ins that lock an account.</summary>
    public int LockoutThreshold { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a supervisor's confirmation of a sensitive action stays usable.</summary>
    public int ConfirmationMinutes { get; set; } = 5;

    public int PasswordMinLength { get; set; } = 10;

    /// <summary>Of lower case, upper case, digits and symbols, how many a password must mix.</summary>
    public int PasswordMinCharacterClasses { get; set; } = 3;

    public TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(AccessTokenMinutes);

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(RefreshTokenDays);
}
