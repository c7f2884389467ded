using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;

/// <summary>
/// The embedded default follows up too: the partial unique index (one open follow-up per finding, <c>status &lt;&gt;
/// 'Closed'</c>) and the overdue filter on SQLite.
/// </summary>
public sealed class SqliteFollowUpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-follow-ups-").FullName;

    [Fact]
    public async Task A_finding_is_handed_over_once_while_open_moved_to_closed_and_handed_over_again_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "follow-ups.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = await FollowUpScenario.StartAsync(factory, admin);
        var first = await s.HandOverAsync();
        var id = first.GetProperty("id").GetGuid();
        using var duplicate = await (await s.PostHandOverAsync(s.Group.Member.Client, s.HandOverBody())).ReadAsync<JsonDocument>(HttpStatusCode.Conflict);
        Assert.Equal(id, duplicate.RootElement.GetProperty("existingId").GetGuid());

        await s.BackdateAsync(id, 2);
        using (var overdue = await (await admin.GetAsync("/api/v1/follow-ups/overdue")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal(1, overdue.RootElement.GetProperty("total").GetInt32());
        }

        var client = s.Group.Leader.Client;
        foreach (var status in new[] { "inProgress", "caseFiled", "closed" })
        {
            await FollowUpScenario.MoveAsync(client, id, status);
        }

        var again = await s.HandOverAsync();
        Assert.NotEqual(id, again.GetProperty("id").GetGuid());
        using var list = await (await admin.GetAsync($"/api/v1/follow-ups?recordId={s.RecordId}&overdue=false")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(2, list.RootElement.GetProperty("totalCount").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
