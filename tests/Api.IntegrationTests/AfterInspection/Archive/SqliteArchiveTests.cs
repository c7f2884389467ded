using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>The embedded default archives too: the save guard's query and the streamed archive on SQLite.</summary>
public sealed class SqliteArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-archive-").FullName;

    [Fact]
    public async Task A_closed_task_is_archived_verified_and_read_only_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "archive.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = await ArchiveScenario.StartAsync(factory, admin);
        await s.CloseAndPublishAsync();
        using var archive = await (await s.ArchiveAsync()).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        Assert.Equal("already-archived", (await (await s.ArchiveAsync()).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var zip = await s.DownloadAsync();
        var (exit, output, _) = ArchiveVerifyCli.Run(zip);
        Assert.Equal(0, exit);
        Assert.Contains(archive.RootElement.GetProperty("manifestSha256").GetString()!, output, StringComparison.Ordinal);

        var member = s.Inspection.Group(1).Member.Client;
        var refused = await member.PostAsync("/api/v1/inspection-evidence", ArchiveScenario.PhotoForm(s.TaskId, s.PhotoTarget, Inspections.EvidenceBytes.Jpeg(2500)));
        Assert.Equal("task-archived", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("task-archived", (await (await s.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/close", null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
