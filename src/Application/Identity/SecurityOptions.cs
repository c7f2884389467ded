namespace DoubleRandom.Application.Identity;

/// <summary>The <c>Auth</c> configuration section: token lifetimes, lockout, password policy, two-person rule.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Auth";

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 7;

    /// <summary>Failed credential checks of one user name from one client address before that pair has to wait.</summary>
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>The first wait; it doubles with each further failure of the pair.</summary>
    public int LockoutFirstDelaySeconds { get; set; } = 60;

    /// <summary>The longest wait.</summary>
    public int LockoutMaxDelayMinutes { get; set; } = 60;

    /// <summary>Failures older than this are forgotten (the count restarts).</summary>
    public int LockoutForgetHours { get; set; } = 24;

    /// <summary>
    /// Failed checks of one user name from all addresses it never signed in from, before every such address has
    /// to wait; addresses it signed in from before, and <see cref="TrustedNetworks"/>, are exempt.
    /// </summary>
    public int UnfamiliarAddressThreshold { get; set; } = 20;

    /// <summary>Addresses or CIDR networks (e.g. the bureau's LAN) never slowed down by other addresses' failures.</summary>
    public string[] TrustedNetworks { get; set; } = [];

    /// <summary>How long a just-rotated refresh token may be presented once more (two tabs refreshing at once).</summary>
    public int RefreshReuseGraceSeconds { get; set; } = 10;

    /// <summary>How long a user's security stamp and a sign-in's state are cached for the per-request token check.</summary>
    public int SessionCheckCacheSeconds { get; set; } = 5;

    /// <summary>How long a supervisor's confirmation of a sensitive action stays usable.</summary>
    public int ConfirmationMinutes { get; set; } = 5;

    public int PasswordMinLength { get; set; } = 10;

    /// <summary>Of lower case, upper case, digits and symbols, how many a password must mix.</summary>
    public int PasswordMinCharacterClasses { get; set; } = 3;

    public TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(AccessTokenMinutes);

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(RefreshTokenDays);

    /// <summary>Whether the client address lies in one of <see cref="TrustedNetworks"/>.</summary>
    public bool IsTrusted(string? address)
    {
        if (!System.Net.IPAddress.TryParse(address, out var ip))
        {
            return false;
        }

        ip = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
        foreach (var entry in TrustedNetworks)
        {
            var network = entry.Contains('/', StringComparison.Ordinal) ? entry : $"{entry}/{(entry.Contains(':', StringComparison.Ordinal) ? 128 : 32)}";
            if (System.Net.IPNetwork.TryParse(network, out var parsed) && parsed.Contains(ip))
            {
                return true;
            }
        }

        return false;
    }
}
