using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// The chain's hash (docs/audit.md, "Hash"): <c>SHA-256(prevHash as 32 bytes || UTF-8 canonical entry)</c>,
/// written as 64 lower-case hex digits. The first entry's previous hash is 32 zero bytes.
/// </summary>
public static class AuditHash
{
    public const int Version = 1;

    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = Encoding.UTF8.GetBytes(CanonicalEntry(entry));
        var input = new byte[32 + canonical.Length];
        PrevHashBytes(entry.PrevHash).CopyTo(input, 0);
        canonical.CopyTo(input, 32);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>
    /// The entry as one line of canonical JSON with its members in this fixed order. <c>actorRoles</c>,
    /// <c>before</c> and <c>after</c> are stored canonical JSON and are embedded verbatim.
    /// </summary>
    public static string CanonicalEntry(AuditEntry entry) =>
        CanonicalPrefix(entry.Sequence, entry.OccurredAtUtc) + CanonicalTail(entry);

    /// <summary>
    /// <c>{"v":1,"seq":…,"at":"…"</c>: the part fixed only when the entry is linked. PostgreSQL's
    /// <c>audit_append</c> builds the same text (migration AuditAppendFunction).
    /// </summary>
    public static string CanonicalPrefix(long sequence, DateTime occurredAtUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"v\":{Version},\"seq\":{sequence},\"at\":\"{CanonicalJson.Timestamp(occurredAtUtc)}\"");

    /// <summary>Everything after <c>at</c>, through the closing brace: known before the entry is linked.</summary>
    public static string CanonicalTail(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var b = new StringBuilder(256 + (entry.Before?.Length ?? 0) + (entry.After?.Length ?? 0));
        Member(b, "actorId", entry.ActorId?.ToString("D"));
        Member(b, "actorName", entry.ActorName);
        b.Append(",\"actorRoles\":").Append(entry.ActorRoles);
        Member(b, "unitId", entry.UnitId?.ToString("D"));
        Member(b, "action", entry.Action);
        Member(b, "entityType", entry.EntityType);
        Member(b, "entityId", entry.EntityId);
        b.Append(",\"before\":").Append(entry.Before ?? "null");
        b.Append(",\"after\":").Append(entry.After ?? "null");
        Member(b, "reason", entry.Reason);
        Member(b, "requestId", entry.RequestId);
        Member(b, "clientAddress", entry.ClientAddress);
        return b.Append('}').ToString();
    }

    private static void Member(StringBuilder builder, string name, string? value)
    {
        builder.Append(",\"").Append(name).Append("\":");
        if (value is null)
        {
            builder.Append("null");
        }
        else
        {
            CanonicalJson.WriteString(builder, value);
        }
    }

    /// <summary>
    /// A well-formed previous hash is its 32 bytes. A malformed one (tampering) is hashed as text, so the
    /// result is still deterministic and can never match an honest entry.
    /// </summary>
    private static byte[] PrevHashBytes(string prevHash) =>
        prevHash.Length == 64 && prevHash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')
            ? Convert.FromHexString(prevHash)
            : SHA256.HashData(Encoding.UTF8.GetBytes(prevHash));
}
