using DoubleRandom.Application.Archives;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>archive-verify &lt;file.zip&gt; [--lang zh|en]</c>: checks a task's electronic archive against its own
/// <c>manifest.json</c> with no database (every listed file present, of its size and SHA-256; nothing unlisted) and
/// prints the manifest's SHA-256, to compare with the one the service shows for the task
/// (<c>GET /api/v1/tasks/{id}/archive</c>). With no database it can only say whether the files agree with the manifest in
/// the ZIP: a manifest rewritten to match altered files passes here, and is caught only by that digest comparison (or the
/// verification endpoint, which makes it). Messages are Chinese unless <c>--lang en</c> or, without it, <c>LANG</c>
/// starts with <c>en</c>. Exit 0 verified, 1 a file differs (named), 2 unreadable input, not a ZIP, over the zip-bomb
/// limits of <see cref="ArchiveLimits"/> (defaults), or usage.
/// </summary>
internal static class ArchiveVerifyCommand
{
    public const string Usage = "usage: archive-verify <file.zip> [--lang zh|en]";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? path = null;
        string? lang = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count && lang is null && args[i + 1] is "zh" or "en")
            {
                lang = args[++i];
            }
            else if (path is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                path = args[i];
            }
            else
            {
                path = null;
                break;
            }
        }

        if (path is null)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var english = lang is not null
            ? lang == "en"
            : (environment ?? Environment.GetEnvironmentVariable)("LANG")?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        string Say(string chinese, string englishText) => english ? englishText : chinese;

        ArchiveVerification verdict;
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            verdict = await ArchiveVerifier.VerifyAsync(file, new ArchiveLimits(), CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or ArchiveFormatException)
        {
            await stderr.WriteLineAsync(Say($"无法验证电子档案 {path}：{ex.Message}", $"cannot verify archive {path}: {ex.Message}"));
            return 2;
        }

        if (verdict.ManifestSha256 is not null)
        {
            await stdout.WriteLineAsync($"manifest sha256: {verdict.ManifestSha256}");
        }

        if (verdict.Valid)
        {
            await stdout.WriteLineAsync(Say(
                $"已验证（verified）：任务 {verdict.TaskId}，{verdict.EntryCount} 个文件与 manifest 一致",
                $"verified: task {verdict.TaskId}, {verdict.EntryCount} files match the manifest"));
            return 0;
        }

        var difference = verdict.FirstDifference!;
        await stdout.WriteLineAsync(Say(
            $"不一致：{difference.Path}（{ChineseReason(difference.Reason)}）[{difference.Reason}]", $"differs: {difference.Path} ({difference.Reason})"));
        return 1;
    }

    /// <summary>The reason of <see cref="ArchiveDifference"/> in Chinese (its code is printed beside it).</summary>
    private static string ChineseReason(string reason) => reason switch
    {
        ArchiveDifference.Missing => "缺失",
        ArchiveDifference.Extra => "多余",
        ArchiveDifference.Size => "大小不符",
        ArchiveDifference.Sha256 => "哈希不符",
        ArchiveDifference.ManifestMalformed => "清单格式错误",
        ArchiveDifference.ManifestDigest => "清单摘要不符",
        ArchiveDifference.ManifestUnknown => "清单无存档可比对",
        _ => reason,
    };
}
