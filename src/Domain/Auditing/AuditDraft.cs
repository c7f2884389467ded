namespace DoubleRandom.Domain.Auditing;

/// <summary>What a change or an operation is about, before it is linked into the chain.</summary>
public sealed record AuditDraft(string Action, string EntityType, string EntityId, string? Before, string? After, string? Reason = null)
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Read = "read";
}
