namespace DoubleRandom.Application.Archives;

/// <summary>How paths in the archive are spelled: relative, forward slashes, no empty or dot segment, ASCII-safe names.</summary>
public static class ArchivePaths
{
    /// <summary>A target code (or any name) as one safe path segment: letters, digits, <c>-</c> and <c>_</c>; anything else becomes <c>_</c>.</summary>
    public static string Segment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = string.Create(name.Length, name, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '_' ? s[i] : '_';
            }
        });
        return safe.Length == 0 ? "_" : safe;
    }

    public static void EnsureValid(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/');
        if (!path.StartsWith(folder + "/", StringComparison.Ordinal) || segments.Any(s => s.Length == 0 || s is "." or ".." || s.Contains('\\', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Archive entry path {path} is not a relative path under {folder}/.");
        }
    }
}
