using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;

/// <summary>The embedded default publishes too: the seeded 2026 calendar, a calendar replaced, a task's deadline and its publication on SQLite.</summary>
public sealed class SqlitePublicationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-publication-").FullName;

    [Fact]
    public async Task A_closed_and_signed_off_task_is_published_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "publication.db")}");
        using var admin = factory.CreateAdministratorClient();
        using var y2026 = await (await admin.GetAsync("/api/v1/holiday-calendar/2026")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(13, y2026.RootElement.GetProperty("entries").GetArrayLength());
        (await admin.PutJsonAsync("/api/v1/holiday-calendar/2027", new
        {
            entries = new object[] { new { name = "元旦", kind = "holiday", from = "2027-01-01", to = "2027-01-01" } },
        })).EnsureSuccessStatusCode();

        var s = await PublicationScenario.ReadyAsync(factory, admin);
        await PublicationScenario.MoveCloseAsync(factory, s.TaskId, new DateTime(2026, 9, 18, 2, 0, 0, DateTimeKind.Utc));
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        using (var published = await (await s.Draw.Operator.PostAsync(url, null)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("2026-10-22", published.RootElement.GetProperty("deadlineOn").GetString());
            Assert.Equal(16, published.RootElement.GetProperty("resultCount").GetInt32());
        }

        Assert.Equal("already-published", (await (await s.Draw.Operator.PostAsync(url, null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = s.Group(1).TargetCodes[0];
        Assert.Equal(2, await db.PublishedResults.CountAsync(r => r.TargetCode == code));
    }

    [Fact]
    public async Task Two_publishes_at_once_publish_once_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "race.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = await PublicationScenario.ReadyAsync(factory, admin);
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return await s.Draw.Operator.SendAsync(request);
        }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal("already-published", (await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(16, await db.PublishedResults.CountAsync(r => r.TaskId == s.TaskId));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
