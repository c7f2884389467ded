using System.Globalization;
using DoubleRandom.Api.Cli;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>The `archive-verify` command run in-process as a shell would, on a file written for it.</summary>
internal static class ArchiveVerifyCli
{
    public static (int Exit, string Out, string Err) Run(byte[] zip, string lang = "en")
    {
        var path = Path.Combine(Path.GetTempPath(), $"archive-{Guid.NewGuid():N}.zip");
        File.WriteAllBytes(path, zip);
        try
        {
            return Run([path, "--lang", lang]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static (int Exit, string Out, string Err) Run(string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = ArchiveVerifyCommand.RunAsync(args, stdout, stderr, _ => null).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
