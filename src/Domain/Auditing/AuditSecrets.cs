using System.Reflection;

namespace DoubleRandom.Domain.Auditing;

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
