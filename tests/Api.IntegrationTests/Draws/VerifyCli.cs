using System.Globalization;
using DoubleRandom.Api.Cli;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>The `verify` command run as a shell would; shared with the command's unit tests (Api.UnitTests).</summary>
internal static class VerifyCli
{
    /// <summary>Runs the command in the given environment (LANG unset unless given).</summary>
    public static (int Exit, string Out, string Err) Run(string[] args, HttpMessageHandler? http = null, string? lang = null)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = VerifyCommand.RunAsync(args, stdout, stderr, http, name => name == "LANG" ? lang : null).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
