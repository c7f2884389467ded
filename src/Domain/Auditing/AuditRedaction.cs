namespace DoubleRandom.Domain.Auditing;

/// <summary>What a redaction is recorded as: an operation on the entry, named by its sequence.</summary>
public static class AuditRedaction
{
    public const string Action = "audit.redact";

    public const string EntityType = "AuditEntry";

    /// <summary>The longest legal ground accepted (the entry's reason column).</summary>
    public const int ReasonMaxLength = 500;
}
