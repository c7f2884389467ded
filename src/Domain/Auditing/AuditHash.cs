using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// The chain's hash (docs/audit.md, "Hash"): <c>SHA-256(prevHash as 32 bytes || UTF-8 canonical entry)</c>,
/// written as 64 lower-case hex digits. The first entry's previous hash is 32 zero bytes. Version 1 embeds the
/// payload (before, after, reason); version 2 embeds the payload's digest instead, as Certificate Transparency
/// commits to leaf hashes, so a payload can be redacted while the chain still proves the entry's place and content.
/// </summary>
public static class AuditHash
{
    /// <summary>The first canonical form, kept for entries linked before version 2.</summary>
    public const int Version = 1;

    /// <summary>The canonical form of new entries: the payload enters the chain by its digest.</summary>
    public const int CurrentVersion = 2;

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
    /// The entry as one line of canonical JSON with its members in this fixed order, in the entry's own hash
    /// version. <c>actorRoles</c>, <c>before</c> and <c>after</c> are stored canonical JSON and are embedded verbatim.
    /// </summary>
    public static string CanonicalEntry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.HashVersion == Version
            ? CanonicalPrefix(entry.Sequence, entry.OccurredAtUtc) + CanonicalTail(entry)
            : CanonicalPrefix(entry.Sequence, entry.OccurredAtUtc, entry.HashVersion) + CanonicalTailV2(entry);
    }

    /// <summary>
    /// <c>{"v":1,"seq":…,"at":"…"</c>: the part fixed only when the entry is linked. PostgreSQL's
    /// <c>audit_link</c> builds the same text (the PostgreSQL Initial migration's <c>AuditTrailSql</c>).
    /// </summary>
    public static string CanonicalPrefix(long sequence, DateTime occurredAtUtc, int version = Version) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"v\":{version},\"seq\":{sequence},\"at\":\"{CanonicalJson.Timestamp(occurredAtUtc)}\"");

    /// <summary>Version 1: everything after <c>at</c>, through the closing brace, the payload embedded.</summary>
    public static string CanonicalTail(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var b = new StringBuilder(256 + (entry.Before?.Length ?? 0) + (entry.After?.Length ?? 0));
        Who(b, entry);
        b.Append(",\"before\":").Append(entry.Before ?? "null");
        b.Append(",\"after\":").Append(entry.After ?? "null");
        Member(b, "reason", entry.Reason);
        Where(b, entry);
        return b.Append('}').ToString();
    }

    /// <summary>Version 2: everything after <c>at</c>, the payload replaced by <c>"payloadDigest":"…"</c>.</summary>
    public static string CanonicalTailV2(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var b = new StringBuilder(384);
        Who(b, entry);
        Member(b, "payloadDigest", entry.PayloadDigest);
        Where(b, entry);
        return b.Append('}').ToString();
    }

    /// <summary>
    /// Version 2's payload, everything in an entry that may hold personal data about its subject and so may have to
    /// be forgotten: <c>{"nonce":"…","before":…,"after":…,"reason":…}</c>, one line, members in this order.
    /// </summary>
    public static string CanonicalPayload(string? nonce, string? before, string? after, string? reason)
    {
        var b = new StringBuilder(64 + (before?.Length ?? 0) + (after?.Length ?? 0));
        b.Append("{\"nonce\":");
        if (nonce is null)
        {
            b.Append("null");
        }
        else
        {
            CanonicalJson.WriteString(b, nonce);
        }

        b.Append(",\"before\":").Append(before ?? "null");
        b.Append(",\"after\":").Append(after ?? "null");
        Member(b, "reason", reason);
        return b.Append('}').ToString();
    }

    /// <summary>SHA-256 of the UTF-8 canonical payload of a version 2 entry, lower-case hex.</summary>
    public static string ComputePayloadDigest(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var payload = CanonicalPayload(entry.PayloadNonce, entry.Before, entry.After, entry.Reason);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>A random version 4 UUID, lower-case with hyphens (122 random bits from the system's CSPRNG).</summary>
    public static string NewPayloadNonce()
    {
        var bytes = RandomNumberGenerator.GetBytes(16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }

    private static void Who(StringBuilder b, AuditEntry entry)
    {
        Member(b, "actorId", entry.ActorId?.ToString("D"));
        Member(b, "actorName", entry.ActorName);
        b.Append(",\"actorRoles\":").Append(entry.ActorRoles);
        Member(b, "unitId", entry.UnitId?.ToString("D"));
        Member(b, "action", entry.Action);
        Member(b, "entityType", entry.EntityType);
        Member(b, "entityId", entry.EntityId);
    }

    private static void Where(StringBuilder b, AuditEntry entry)
    {
        Member(b, "requestId", entry.RequestId);
        Member(b, "clientAddress", entry.ClientAddress);
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
