using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>
/// The electronic archive (§3.1.3, §6.3.2, ADR 0026): a closed, published task is archived once into one ZIP whose manifest lists
/// every file with its SHA-256; the ZIP downloads under its task's Chinese name and verifies, at the endpoint and with
/// `archive-verify`; the archiving is audited with the manifest's digest.
/// </summary>
public sealed class ArchiveTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    internal static MultipartFormDataContent ZipForm(byte[] zip, string fileName = "电子档案.zip")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "file", fileName);
        return form;
    }

    [Fact]
    public async Task A_closed_task_is_archived_once_into_a_zip_that_downloads_verifies_and_is_audited()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);

        // Open task: nothing is built.
        Assert.Equal("archive-task-not-closed", (await (await s.ArchiveAsync()).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive")).StatusCode);

        // Closed, not published: nothing is built either (一公开 comes first; the archive holds the publication).
        await s.CloseAsync();
        var unpublished = await (await s.ArchiveAsync()).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("archive-task-not-published", unpublished.Code);
        Assert.StartsWith("任务的检查结果公开", unpublished.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive")).StatusCode);

        await s.PublishAsync();
        var archiving = await s.ArchiveAsync();
        using var created = await archiving.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var archive = created.RootElement;
        var manifestSha = archive.GetProperty("manifestSha256").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", manifestSha);
        Assert.Equal(s.TaskId, archive.GetProperty("taskId").GetGuid());
        Assert.Equal("1.0", archive.GetProperty("builderVersion").GetString());

        // Once: a second request is refused, whoever sends it.
        Assert.Equal("already-archived", (await (await s.ArchiveAsync(Client)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        Assert.Equal($"/api/v1/tasks/{s.TaskId}/archive", archiving.Headers.Location!.OriginalString);
        using (var read = await (await s.Operator.GetAsync(archiving.Headers.Location.OriginalString)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal(manifestSha, read.RootElement.GetProperty("manifestSha256").GetString());
        }

        var response = await s.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Downloads.AssertNames(response, $"archive-{s.TaskId}.zip", "电子档案-2026年食品经营现场检查.zip");
        var zip = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(archive.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(zip)));
        Assert.Equal(archive.GetProperty("size").GetInt64(), zip.LongLength);
        Assert.Equal($"\"{archive.GetProperty("sha256").GetString()}\"", response.Headers.ETag!.Tag);

        // The layout of docs/after-inspection.md.
        var paths = ArchiveZip.Paths(zip);
        var targets = s.Inspection.Groups.SelectMany(g => g.TargetCodes).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["draw/record.pdf", "draw/bundle.json", "draw/result.json"], paths.Take(3));
        Assert.Equal(["summaries/group-1.pdf", "summaries/group-1.json", "summaries/group-2.pdf", "summaries/group-2.json"], paths.Skip(3).Take(4));
        Assert.Equal(targets.Select(c => $"records/{c}.json"), paths.Where(p => p.StartsWith("records/", StringComparison.Ordinal)));
        Assert.Contains($"evidence/{s.PhotoTarget}/{Convert.ToHexStringLower(SHA256.HashData(s.Photo))}.jpg", paths);
        Assert.Contains($"evidence/{s.PhotoTarget}/evidence.json", paths);
        Assert.Contains($"evidence/{s.PhotoTarget}/{Convert.ToHexStringLower(SHA256.HashData(Inspections.InspectionFlowTests.Png))}.png", paths);
        Assert.Equal(["publication/publication.json", "publication/results.csv"], paths.Where(p => p.StartsWith("publication/", StringComparison.Ordinal)));
        Assert.DoesNotContain(paths, p => p.StartsWith("follow-ups/", StringComparison.Ordinal) || p.StartsWith("corrections/", StringComparison.Ordinal));
        Assert.Equal("manifest.json", paths[^1]);
        using (var publication = JsonDocument.Parse(ArchiveZip.Read(zip, "publication/publication.json")))
        {
            Assert.Equal(s.TaskId, publication.RootElement.GetProperty("taskId").GetGuid());
            Assert.Matches("^[0-9a-f]{64}$", publication.RootElement.GetProperty("resultsSha256").GetString());
            var rows = System.Text.Encoding.UTF8.GetString(ArchiveZip.Read(zip, "publication/results.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(publication.RootElement.GetProperty("resultCount").GetInt32() + 1, rows.Length);
        }

        Assert.Equal(s.Photo, ArchiveZip.Read(zip, $"evidence/{s.PhotoTarget}/{Convert.ToHexStringLower(SHA256.HashData(s.Photo))}.jpg"));
        Assert.Equal("%PDF"u8.ToArray(), ArchiveZip.Read(zip, "draw/record.pdf")[..4]);
        Assert.Equal("%PDF"u8.ToArray(), ArchiveZip.Read(zip, "summaries/group-1.pdf")[..4]);

        var manifestBytes = ArchiveZip.Read(zip, "manifest.json");
        Assert.Equal(manifestSha, Convert.ToHexStringLower(SHA256.HashData(manifestBytes)));
        using (var manifest = JsonDocument.Parse(manifestBytes))
        {
            Assert.Equal(s.TaskId, manifest.RootElement.GetProperty("taskId").GetGuid());
            var lines = manifest.RootElement.GetProperty("entries").EnumerateArray().ToList();
            Assert.Equal(paths.Count - 1, lines.Count);
            Assert.Equal(archive.GetProperty("entryCount").GetInt32(), lines.Count);
            foreach (var line in lines)
            {
                var content = ArchiveZip.Read(zip, line.GetProperty("path").GetString()!);
                Assert.Equal(line.GetProperty("size").GetInt64(), content.LongLength);
                Assert.Equal(line.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(content)));
            }
        }

        using (var record = JsonDocument.Parse(ArchiveZip.Read(zip, $"records/{s.PhotoTarget}.json")))
        {
            Assert.Equal("signed", record.RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
        }

        using (var bundle = JsonDocument.Parse(ArchiveZip.Read(zip, "draw/bundle.json")))
        {
            Assert.False(string.IsNullOrEmpty(bundle.RootElement.GetProperty("secret").GetString()));
        }

        // Verified by the endpoint (against the stored manifest digest) and by the command.
        using (var verdict = await (await s.Operator.PostAsync("/api/v1/archives/verification", ZipForm(zip))).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.True(verdict.RootElement.GetProperty("valid").GetBoolean());
            Assert.Equal(s.TaskId, verdict.RootElement.GetProperty("taskId").GetGuid());
            Assert.Equal(manifestSha, verdict.RootElement.GetProperty("manifestSha256").GetString());
            Assert.Equal(JsonValueKind.Null, verdict.RootElement.GetProperty("firstDifference").ValueKind);
        }

        var (exit, output, _) = ArchiveVerifyCli.Run(zip);
        Assert.Equal(0, exit);
        Assert.Contains("verified", output, StringComparison.Ordinal);
        Assert.Contains(manifestSha, output, StringComparison.Ordinal);

        // Audited: the task archived and the archive recorded with its manifest digest, in the hash chain; the download too.
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.AuditEntries.Where(e => e.EntityType == "TaskArchive" || (e.EntityType == "InspectionTask" && e.EntityId == s.TaskId.ToString()))
            .OrderBy(e => e.Sequence).ToListAsync();
        var added = Assert.Single(entries, e => e.EntityType == "TaskArchive" && e.Action == "create");
        Assert.Contains(manifestSha, added.After, StringComparison.Ordinal);
        Assert.Equal("op-1", added.ActorName);
        Assert.Contains(entries, e => e.EntityType == "InspectionTask" && e.Action == "update" && e.After!.Contains("archivedAtUtc", StringComparison.OrdinalIgnoreCase)
            && e.After.Contains("op-1", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EntityType == "TaskArchive" && e.Action == "read");
        Assert.All(entries, e => Assert.NotNull(e.Hash));
    }

    [Fact]
    public async Task Only_operators_and_administrators_archive_and_only_readers_in_scope_see_or_verify_it()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();
        var inspector = s.Inspection.Group(1).Member.Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await s.ArchiveAsync(inspector)).StatusCode);
        using (var leader = Fixture.Factory.CreateClientAs("leader-arc", ["leader"], s.Inspection.Draw.UnitId))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await s.ArchiveAsync(leader)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await s.ArchiveAsync(Client)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/v1/tasks/{s.TaskId}/archive.zip")).StatusCode);
        using var analyst = Fixture.Factory.CreateClientAs("analyst-arc", ["analyst"], s.Inspection.Draw.UnitId);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/tasks/{s.TaskId}/archive")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Operator.GetAsync($"/api/v1/tasks/{Guid.NewGuid()}/archive")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Operator.PostAsync($"/api/v1/tasks/{Guid.NewGuid()}/archive", null)).StatusCode);
    }
}
