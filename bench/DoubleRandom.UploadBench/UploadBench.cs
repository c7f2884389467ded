using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DoubleRandom.Api.IntegrationTests.Contract;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.UploadBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/DoubleRandom.UploadBench -- [megabytes=1024] [chunkMb=5]</c>: a sealed draw on a
/// throw-away PostgreSQL (the integration tests' fixture and InspectionScenario), the service on Kestrel, and
/// tus-js-client 4.3.1 under node (tests/Contract/tus/resume.mjs) uploading a file of the given size in chunks, killed
/// mid-chunk at one third and at two thirds and resumed each time. Reports throughput and this process's peak RSS (the
/// service; the client runs in node, PostgreSQL in its own processes), measured from just before the upload.
/// </summary>
internal static class UploadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        // The in-memory host finds src/Api as the tests do (outside a test assembly the factory needs to be told).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DOUBLERANDOM_API",
            Path.Combine(DoubleRandom.Api.IntegrationTests.OpenApi.ServedDocument.RepositoryRoot(), "src", "Api"));
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1024;
        var chunk = (args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5) * 1024 * 1024;
        var length = (long)megabytes * 1024 * 1024;
        var root = Path.Combine(Path.GetTempPath(), "doublerandom-upload-bench");
        var settings = new Dictionary<string, string>
        {
            ["Evidence:MaxResumableBytes"] = (length + 1).ToString(CultureInfo.InvariantCulture),
            ["Evidence:UploadFolder"] = Path.Combine(root, "uploads"),
            ["Attachments:Folder"] = Path.Combine(root, "attachments"),
            ["Limits:MaxRequestBodyBytes"] = "1048576",
        };
        Directory.CreateDirectory(root);

        var file = Path.Combine(root, $"clip-{megabytes}mb.mp4");
        var sha256 = await WriteFileAsync(file, length);
        Console.WriteLine($"file: {file} ({length:N0} bytes), sha256 {sha256}");

        var fixture = new BenchFixture(settings);
        await fixture.InitializeAsync();
        var admin = fixture.Factory.CreateAdministratorClient();
        var scenario = await InspectionScenario.StartAsync(fixture.Factory, admin);
        var group = scenario.Group(1);

        await using var service = fixture.CreateFactory(settings);
        var baseUrl = RealPort.Start(service);
        using var direct = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var token = (await Accounts.LoginAsync(direct, group.Leader.UserName)).GetProperty("accessToken").GetString()!;

        // The set-up's in-memory host is not the service under test: gone, collected, and the peak reset.
        await fixture.Factory.DisposeAsync();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load {Load()}; service RSS before the upload: {Status("VmRSS")}");

        var environment = new Dictionary<string, string>
        {
            ["DR_BASE_URL"] = baseUrl, ["DR_TOKEN"] = token, ["DR_FILE"] = file, ["DR_TASK"] = scenario.TaskId.ToString(),
            ["DR_TARGET"] = group.TargetCodes[0], ["DR_SHA256"] = sha256, ["DR_CHUNK"] = chunk.ToString(CultureInfo.InvariantCulture),
        };
        var script = Path.Combine("tus", "resume.mjs");
        var watch = Stopwatch.StartNew();
        var cuts = new[] { length / 3 + chunk / 2, 2 * length / 3 + chunk / 2 };
        string? url = null;
        for (var run = 0; run <= cuts.Length; run++)
        {
            var env = new Dictionary<string, string>(environment) { ["DR_MODE"] = url is null ? "first" : "resume" };
            if (url is not null)
            {
                env["DR_UPLOAD_URL"] = url;
            }

            if (run < cuts.Length)
            {
                env["DR_CUT_AT"] = cuts[run].ToString(CultureInfo.InvariantCulture);
            }

            var output = await ContractTools.RunOkAsync($"tus-js-client run {run + 1}", "node", [script], env);
            url ??= output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("upload-url=", StringComparison.Ordinal))["upload-url=".Length..];
            Console.WriteLine($"run {run + 1} after {watch.Elapsed.TotalSeconds:0.0} s: {string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("upload-url", StringComparison.Ordinal)))}; RSS {Status("VmRSS")}, peak {Status("VmHWM")}");
            if (run < cuts.Length)
            {
                await Task.Delay(1000); // the server finishes the cut PATCH (keeps what arrived) before the client asks HEAD
            }
        }

        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"uploaded {length / 1048576.0:0} MiB in {watch.Elapsed.TotalSeconds:0.0} s (two cut-offs and their 1 s pauses included): {length / 1048576.0 / watch.Elapsed.TotalSeconds:0.0} MiB/s"));
        Console.WriteLine($"service peak RSS during the upload (VmHWM): {Status("VmHWM")}; now {Status("VmRSS")}; load {Load()}");
        File.Delete(file);
        await fixture.DisposeAsync();
        return 0;
    }

    private static async Task<string> WriteFileAsync(string path, long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = File.Create(path);
        var block = RandomNumberGenerator.GetBytes(1024 * 1024);
        byte[] head = [0x00, 0x00, 0x00, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2'];
        for (long written = 0; written < length; written += block.Length)
        {
            var part = block.AsMemory(0, (int)Math.Min(block.Length, length - written));
            if (written == 0)
            {
                head.CopyTo(block, 0);
            }
            else
            {
                block[written % 1000] ^= 0x5A; // not the same megabyte over and over
            }

            hash.AppendData(part.Span);
            await stream.WriteAsync(part);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Status(string field) =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";

    private static string Load() => File.ReadAllText("/proc/loadavg")[..14];

    /// <summary>The integration tests' PostgreSQL fixture with the bench's settings.</summary>
    private sealed class BenchFixture(IReadOnlyDictionary<string, string> settings) : PostgresApiFixture
    {
        protected override IReadOnlyDictionary<string, string> Settings => settings;
    }
}
