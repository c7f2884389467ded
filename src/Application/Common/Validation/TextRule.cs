using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Common.Validation;

/// <summary>
/// The one rule every text input of the service follows, wherever it arrives (JSON bodies, query strings, route
/// values, headers, uploaded file names, imported cells): no U+0000. PostgreSQL's text cannot hold it, so it would
/// otherwise surface as a 500 wherever a field reaches the database, and no legitimate text needs it. Other control
/// characters stay a matter of each field's rule (a name refuses them; a note may hold a line break).
/// </summary>
public static class TextRule
{
    public static bool IsAllowed(string? value) => value is null || !value.Contains('\0', StringComparison.Ordinal);

    public static string Message => Text.Of("不能含有 U+0000（空字符）", "Must not contain U+0000 (a NUL character).");

    public static string NotUnicode => Text.Of("不是有效的 Unicode 文本（UTF-8 字节或 UTF-16 代理对无效）", "Not valid Unicode text (invalid UTF-8 bytes or an unpaired UTF-16 surrogate).");
}
