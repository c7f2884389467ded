using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Demo;

/// <summary>
/// The embedded default with demo data (SQLite): the after-inspection demo data is there through the API — two published
/// tasks in the public results, one closed and overdue, a follow-up in each state (one overdue), an approved correction
/// with the original kept as a version — and a second start seeds nothing again.
/// </summary>
public sealed class DemoAfterInspectionTests : IDisposable
{
    private static readonly string[] States = ["handedOver", "inProgress", "rectified", "caseFiled", "closed"];

    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-demo-after-").FullName;

    [Fact]
    public async Task The_embedded_demo_has_published_tasks_follow_ups_in_every_state_and_a_correction()
    {
        var connection = $"Data Source={Path.Combine(_folder, "demo.db")}";
        await using (var factory = new ApiFactory("sqlite", connection).WithWebHostBuilder(b => b.UseSetting("Database:SeedDemoData", "true")))
        {
            using var client = Overseer(factory);
            using var published = await GetAsync(client, "/api/v1/publications?status=published&pageSize=50");
            var publishedIds = published.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("taskId").GetGuid()).ToList();
            Assert.Equal(2, publishedIds.Count);
            using var overdue = await GetAsync(client, "/api/v1/publications?status=overdue&pageSize=50");
            Assert.Equal(1, overdue.RootElement.GetProperty("totalCount").GetInt32());

            using var anonymous = factory.CreateClient();
            foreach (var taskId in publishedIds)
            {
                using var results = await GetAsync(anonymous, $"/api/v1/public/tasks/{taskId}/results?pageSize=100");
                Assert.True(results.RootElement.GetProperty("totalCount").GetInt32() > 0);
            }

            foreach (var state in States)
            {
                using var followUps = await GetAsync(client, $"/api/v1/follow-ups?status={state}&pageSize=50");
                Assert.Equal(1, followUps.RootElement.GetProperty("totalCount").GetInt32());
            }

            using var late = await GetAsync(client, "/api/v1/follow-ups?overdue=true&pageSize=50");
            Assert.Equal("inProgress", Assert.Single(late.RootElement.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());

            using var corrections = await GetAsync(client, "/api/v1/corrections?status=approved&pageSize=50");
            var recordId = Assert.Single(corrections.RootElement.GetProperty("items").EnumerateArray()).GetProperty("recordId").GetGuid();
            using var versions = await GetAsync(client, $"/api/v1/inspection-records/{recordId}/versions");
            var categories = versions.RootElement.EnumerateArray()
                .Select(v => v.GetProperty("items")[0].GetProperty("resultCategoryCode").GetString()).ToList();
            Assert.Equal(["no-problem", "undisclosed-information"], categories);
        }

        // A second start finds the tasks and seeds nothing.
        await using var restarted = new ApiFactory("sqlite", connection).WithWebHostBuilder(b => b.UseSetting("Database:SeedDemoData", "true"));
        using var again = Overseer(restarted);
        using var all = await GetAsync(again, "/api/v1/tasks?pageSize=50");
        Assert.Equal(3, all.RootElement.GetProperty("totalCount").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A bureau-wide reader of every after-inspection list.</summary>
    private static HttpClient Overseer(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.CreateClientAs("demo-reader", [Roles.Administrator, Roles.Operator, Roles.Leader, Roles.Analyst]);

    private static async Task<JsonDocument> GetAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
}
