using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;

/// <summary>
/// The three refusals of a redaction, each a 409 <c>conflict</c> (not a domain rule: ADR 11): the entry is already
/// redacted, its hash version chains the payload itself, or the database refused (raced by another redaction).
/// </summary>
public static class AuditRedactionRefusal
{
    public static ConflictException AlreadyRedacted(AuditEntry entry) => new("audit-entry-already-redacted", Text.Of(
        $"审计条目 {entry.Sequence} 的内容已于 {entry.RedactedAtUtc:yyyy-MM-dd HH:mm:ss}Z 删除",
        $"Audit entry {entry.Sequence} was already redacted at {entry.RedactedAtUtc:yyyy-MM-dd HH:mm:ss}Z."));

    public static ConflictException PayloadChained(AuditEntry entry) => new("audit-entry-not-redactable", Text.Of(
        $"审计条目 {entry.Sequence} 为第 {entry.HashVersion} 版哈希，其内容直接计入哈希链，不能删除",
        $"Audit entry {entry.Sequence} uses hash version {entry.HashVersion}, which chains its payload itself; it cannot be redacted."));

    public static ConflictException DatabaseRefused(long sequence) => new("audit-entry-not-redactable", Text.Of(
        $"数据库拒绝删除审计条目 {sequence.ToString(CultureInfo.InvariantCulture)} 的内容（已删除或不可删除）",
        $"The database refused to redact audit entry {sequence.ToString(CultureInfo.InvariantCulture)} (already redacted, or not redactable)."));
}
