using System.Diagnostics;

namespace DoubleRandom.Analytics.Tests.Evaluation.Rendering;

/// <summary>Runs a poppler tool (pdftotext, pdffonts, pdfimages, pdfinfo; scripts/test.sh installs poppler-utils) on a PDF written to a temporary file.</summary>
internal static class Poppler
{
    /// <summary>The tool's output for <c>tool options file [after]</c>.</summary>
    public static string Run(string tool, string options, byte[] pdf, string after = "")
    {
        var path = Path.Combine(Path.GetTempPath(), $"evaluation-report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, $"{options} {path} {after}") { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException($"{tool} did not start (apt-get install poppler-utils).");
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
