using System.Reflection;

namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// Marks a property whose value is a secret or a credential (a password hash, a security stamp, a token hash, an
/// encrypted secret). Its value never enters an audit entry: the trail is append-only, so whatever it records stays.
/// The entry records the property with <see cref="AuditSecrets.Redacted"/> in place of the value, or
/// <see cref="AuditSecrets.RedactedChanged"/> in <c>after</c> when an update changed it (docs/audit.md).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AuditSecretAttribute : Attribute;

/// <summary>What an audit payload holds in place of a secret, and which properties are secret.</summary>
public static class AuditSecrets
{
    /// <summary>A secret had a value here (before, or after when it did not change).</summary>
    public const string Redacted = "[redacted]";

    /// <summary>In <c>after</c> of an update: the secret was given a new value.</summary>
    public const string RedactedChanged = "[redacted:changed]";

    /// <summary>True when the member carries <see cref="AuditSecretAttribute"/>.</summary>
    public static bool IsSecret(MemberInfo? member) => member?.IsDefined(typeof(AuditSecretAttribute), inherit: true) == true;

    /// <summary>
    /// The value as an audit payload records it: a secret's value is replaced by a marker (null stays null: "no value"
    /// tells nothing secret); <paramref name="changed"/> marks a new value in <c>after</c> of an update.
    /// </summary>
    public static object? Mask(object? value, bool changed) => value is null ? null : changed ? RedactedChanged : Redacted;
}
