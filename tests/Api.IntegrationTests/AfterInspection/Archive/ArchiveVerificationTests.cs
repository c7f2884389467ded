using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>
/// A copy of an archive that was altered is caught and the first file that differs is named exactly — by the endpoint
/// and by `archive-verify`; a file that is not an archive is a 400 (exit code 2), never a crash.
/// </summary>
public sealed class ArchiveVerificationTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task An_altered_removed_or_added_file_or_a_rewritten_manifest_is_named_exactly()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();
        Assert.Equal(HttpStatusCode.Created, (await s.ArchiveAsync()).StatusCode);
        var zip = await s.DownloadAsync();
        var record = $"records/{s.PhotoTarget}.json";
        var original = ArchiveZip.Read(zip, record);

        var cases = new (byte[] Zip, string Path, string Reason, int Exit)[]
        {
            (ArchiveZip.With(zip, record, ArchiveZip.Flipped(original)), record, "sha256", 1),
            (ArchiveZip.With(zip, record, [.. original, (byte)' ']), record, "size", 1),
            (ArchiveZip.Without(zip, "draw/result.json"), "draw/result.json", "missing", 1),
            (ArchiveZip.With(zip, "records/ZZ9999.json", "{}"u8.ToArray()), "records/ZZ9999.json", "extra", 1),
            (ArchiveZip.With(zip, "manifest.json", "{ not json"u8.ToArray()), "manifest.json", "manifest-malformed", 1),
            (ArchiveZip.Without(zip, "manifest.json"), "manifest.json", "missing", 1),
        };
        foreach (var (altered, path, reason, exit) in cases)
        {
            await AssertDiffersAsync(s.Operator, altered, path, reason);
            var cli = ArchiveVerifyCli.Run(altered);
            Assert.Equal(exit, cli.Exit);
            Assert.Contains($"{path} ({reason})", cli.Out, StringComparison.Ordinal);
        }

        // Changed consistently, manifest and all: the ZIP agrees with itself (the command, with no database, says so and
        // prints another digest), but the endpoint compares the manifest with the one stored when the task was archived.
        var forged = ArchiveZip.Rewritten(zip, record, Encoding.UTF8.GetBytes("{\"forged\":true}"));
        await AssertDiffersAsync(s.Operator, forged, "manifest.json", "manifest-digest");
        var self = ArchiveVerifyCli.Run(forged, "zh");
        Assert.Equal(0, self.Exit);
        Assert.Contains("已验证", self.Out, StringComparison.Ordinal);
        using var stored = await (await s.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.DoesNotContain(stored.RootElement.GetProperty("manifestSha256").GetString()!, self.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_tied_to_no_stored_archive_is_never_valid_and_an_altered_manifest_line_names_the_manifest()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();
        Assert.Equal(HttpStatusCode.Created, (await s.ArchiveAsync()).StatusCode);
        var zip = await s.DownloadAsync();

        // The genuine archive: files match, stored manifest matches.
        using (var genuine = await (await s.Operator.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(zip))).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.True(genuine.RootElement.GetProperty("valid").GetBoolean());
            Assert.Equal("matches", genuine.RootElement.GetProperty("storedManifest").GetString());
        }

        // A forged archive: one file changed, its manifest rewritten to match and pointed at a task nobody archived.
        var record = $"records/{s.PhotoTarget}.json";
        var forged = ArchiveZip.Rewritten(zip, record, Encoding.UTF8.GetBytes("{\"forged\":true}"));
        var manifest = JsonNode.Parse(ArchiveZip.Read(forged, "manifest.json"))!;
        manifest["taskId"] = Guid.NewGuid().ToString();
        forged = ArchiveZip.With(forged, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString()));
        using (var verdict = await (await s.Operator.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(forged))).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            var root = verdict.RootElement;
            Assert.False(root.GetProperty("valid").GetBoolean());
            Assert.True(root.GetProperty("filesMatch").GetBoolean());
            Assert.Equal("unknown", root.GetProperty("storedManifest").GetString());
            Assert.Equal("manifest.json", root.GetProperty("firstDifference").GetProperty("path").GetString());
            Assert.Equal("manifest-unknown", root.GetProperty("firstDifference").GetProperty("reason").GetString());
        }

        // One manifest line altered (a file's hash), the file untouched: the manifest is named, not the file.
        var altered = JsonNode.Parse(ArchiveZip.Read(zip, "manifest.json"))!;
        var line = altered["entries"]!.AsArray().Single(e => e!["path"]!.GetValue<string>() == "draw/result.json")!;
        line["sha256"] = new string('0', 64);
        var alteredZip = ArchiveZip.With(zip, "manifest.json", Encoding.UTF8.GetBytes(altered.ToJsonString()));
        await AssertDiffersAsync(s.Operator, alteredZip, "manifest.json", "manifest-digest");

        // The command has no database: it can only say the file disagrees with the manifest — in Chinese, code beside it.
        var cli = ArchiveVerifyCli.Run(alteredZip, "zh");
        Assert.Equal(1, cli.Exit);
        Assert.Contains("不一致：draw/result.json（哈希不符）[sha256]", cli.Out, StringComparison.Ordinal);
        Assert.Contains("manifest sha256: ", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_archive_is_a_400_at_the_endpoint_and_exit_code_2_in_the_command()
    {
        var analyst = Fixture.Factory.CreateClientAs("analyst-verify", ["analyst"], null);
        var notZip = "PK this is not a zip"u8.ToArray();
        foreach (var (content, name) in new[] { (notZip, "电子档案.zip"), ([], "empty.zip"), (notZip, "archive.txt"), (notZip, new string('a', 300) + ".zip") })
        {
            var problem = await (await analyst.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(content, name))).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Errors!.ContainsKey("file"), $"{name}: {string.Join(", ", problem.Errors.Keys)}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsync("/api/v1/archives/verification", new MultipartFormDataContent())).StatusCode);

        var (exit, _, error) = ArchiveVerifyCli.Run(notZip);
        Assert.Equal(2, exit);
        Assert.Contains("ZIP", error, StringComparison.Ordinal);
        Assert.Equal(2, ArchiveVerifyCli.Run([Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.zip")]).Exit);
        Assert.Equal(2, ArchiveVerifyCli.Run([]).Exit);
        Assert.Equal(2, ArchiveVerifyCli.Run(["a.zip", "b.zip"]).Exit);
    }

    private static async Task AssertDiffersAsync(HttpClient client, byte[] zip, string path, string reason)
    {
        using var verdict = await (await client.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(zip))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var root = verdict.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean(), $"{path} {reason}");
        Assert.Equal(path, root.GetProperty("firstDifference").GetProperty("path").GetString());
        Assert.Equal(reason, root.GetProperty("firstDifference").GetProperty("reason").GetString());
    }
}
