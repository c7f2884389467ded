using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>verify &lt;bundle.json&gt;</c>: recomputes a published DR1 draw from its bundle alone, with no
/// database, so anyone can check a result. Exit 0 verified, 1 mismatch, 2 unreadable bundle.
/// </summary>
internal static class VerifyCommand
{
    public static int Run(string bundlePath, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Dr1Bundle bundle;
        try
        {
            bundle = Dr1Bundle.Parse(File.ReadAllText(bundlePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"cannot read bundle {bundlePath}: {ex.Message}");
            return 2;
        }
        catch (Dr1BundleFormatException ex)
        {
            stderr.WriteLine($"invalid bundle {bundlePath}: {ex.Message}");
            return 2;
        }

        var verdict = BundleVerifier.Verify(bundle);
        if (!verdict.Verified)
        {
            stdout.WriteLine($"mismatch: {verdict.Mismatch}");
            return 1;
        }

        stdout.WriteLine(verdict.SecretRevealed ? "verified" : "verified (digests only: the secret is not revealed yet)");
        return 0;
    }
}
