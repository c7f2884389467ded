namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// Marks a property whose value is a secret or a credential (a password hash, a security stamp, a token hash, an
/// encrypted secret). Its value never enters an audit entry: the trail is append-only, so whatever it records stays.
/// The entry records the property with <see cref="AuditSecrets.Redacted"/> in place of the value, or
/// <see cref="AuditSecrets.RedactedChanged"/> in <c>after</c> when an update changed it (docs/audit.md).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AuditSecretAttribute : Attribute;
