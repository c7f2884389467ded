namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>Finds the CJK font of the evaluation report: the configured path, else the first well-known system location that exists.</summary>
public static class ReportFontLocator
{
    /// <summary>Where Debian/Ubuntu (and most Linux distributions) install CJK faces with TrueType outlines, preferred first.</summary>
    public static readonly IReadOnlyList<string> WellKnownPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    /// <summary>What to do when no font is found, said in every error.</summary>
    public const string Remedy = "apt-get install fonts-wqy-microhei, or set Reports:FontPath to a TrueType CJK font";

    /// <summary>The font file to use; an <see cref="InvalidOperationException"/> naming what to install when there is none.</summary>
    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"The report's CJK font {configured} (Reports:FontPath) is missing ({Remedy}).");
        }

        return WellKnownPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"No CJK font found for the evaluation report (tried {string.Join(", ", WellKnownPaths)}): {Remedy}.");
    }
}
