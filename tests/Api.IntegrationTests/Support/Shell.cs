using System.Diagnostics;
using System.Text;

namespace DoubleRandom.Api.IntegrationTests.Support;

internal static class Shell
{
    public static Process Start(
        string file, IEnumerable<string> arguments, bool asPostgresUser = false, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(asPostgresUser ? "runuser" : file) { WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var output = new StringBuilder();
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        Outputs.Add(process, output);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task RunAsync(string file, string[] arguments, bool asPostgresUser = false)
    {
        using var process = Start(file, arguments, asPostgresUser);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{file} {string.Join(' ', arguments)}` exited with {process.ExitCode}: {Output(process)}" + PostgresBinaries.Advice);
        }
    }

    public static string Output(Process? process)
    {
        if (process is null || !Outputs.TryGetValue(process, out var output))
        {
            return string.Empty;
        }

        lock (output)
        {
            return output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, StringBuilder> Outputs = [];
}
