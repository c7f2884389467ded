namespace DoubleRandom.Domain.Auditing;

/// <summary>Who acted, as recorded on an entry.</summary>
public sealed record AuditActor(
    string Name, Guid? UserId, IReadOnlyCollection<string> Roles, Guid? UnitId, string? RequestId, string? ClientAddress);
