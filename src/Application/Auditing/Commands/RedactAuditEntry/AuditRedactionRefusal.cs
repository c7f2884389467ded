using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;

/// <summary>The message the redactor throws when the database refuses (raced by another redaction).</summary>
public static class AuditRedactionRefusal
{
    public static ConflictException For(long sequence) => new("audit-entry-not-redactable", Text.Of(
        $"数据库拒绝删除审计条目 {sequence.ToString(CultureInfo.InvariantCulture)} 的内容（已删除或不可删除）",
        $"The database refused to redact audit entry {sequence.ToString(CultureInfo.InvariantCulture)} (already redacted, or not redactable)."));
}
