using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Contract;

/// <summary>
/// tests/Contract: the front-end contract's TypeScript sources and the npm tools the test command installs there
/// (<c>npm ci</c> in scripts/test.sh), run as processes with their whole output kept for the failure message.
/// </summary>
internal static class ContractTools
{
    /// <summary>Generous: the machine that runs the suite may be busy; a tool that hangs still ends the test.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Folder { get; } = Path.Combine(OpenApi.ServedDocument.RepositoryRoot(), "tests", "Contract");

    /// <summary>Generated and compiled files (git-ignored): the document, schema.d.ts, the compiled program.</summary>
    public static string Out => Path.Combine(Folder, "out");

    /// <summary>A tool installed by <c>npm ci</c>, or a clear failure telling how to install it.</summary>
    public static string Bin(string name)
    {
        var path = Path.Combine(Folder, "node_modules", ".bin", name);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci` in tests/Contract (scripts/test.sh does).");
        return path;
    }

    /// <summary>Runs a tool in tests/Contract; returns its exit code and its standard output and error, interleaved.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Shell.Start(file, arguments, workingDirectory: Folder, environment: environment);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"{Shell.Output(process)}(stopped after {Timeout.TotalMinutes} minutes)");
        }

        return (process.ExitCode, Shell.Output(process));
    }

    /// <summary>Runs a tool and fails the test with its whole output unless it exits with 0.</summary>
    public static async Task<string> RunOkAsync(
        string what, string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output) = await RunAsync(file, arguments, environment);
        Assert.True(exitCode == 0, $"{what} exited with {exitCode}:{Environment.NewLine}{output}");
        return output;
    }
}
