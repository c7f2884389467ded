using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Auth:BootstrapAdmin</c> section: the first administrator created in an empty database.</summary>
public sealed class BootstrapAdminOptions
{
    public const string SectionName = "Auth:BootstrapAdmin";

    [MaxLength(64)]
    public string? UserName { get; set; }

    /// <summary>Its password; without it (and with demo data) a temporary one is generated and logged once.</summary>
    public string? Password { get; set; }

    /// <summary>The user name, <c>admin</c> when none is configured.</summary>
    public string EffectiveUserName => UserName is { Length: > 0 } configured ? configured : "admin";
}
