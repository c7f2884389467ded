using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>The embedded default inspects too: seeded categories, assignments, a record, its revision and a refusal on SQLite.</summary>
public sealed class SqliteInspectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-inspections-").FullName;

    [Fact]
    public async Task A_sealed_draw_is_inspected_recorded_revised_and_acknowledged_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "inspections.db")}");
        using var admin = factory.CreateAdministratorClient();
        var categories = await (await admin.GetAsync("/api/v1/result-categories")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(9, categories.RootElement.GetArrayLength());

        var s = await InspectionScenario.StartAsync(factory, admin);
        var group = s.Group(1);
        var assignments = await (await group.Member.Client.GetAsync("/api/v1/me/assignments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(group.TargetCodes, assignments.RootElement.GetProperty("tasks")[0].GetProperty("groups")[0].GetProperty("targets")
            .EnumerateArray().Select(t => t.GetProperty("code").GetString()));

        var record = await s.RecordAsync(group.Member, group.TargetCodes[0], "pending-follow-up");
        var url = $"/api/v1/inspection-records/{record.GetProperty("id").GetGuid()}";
        var etag = (await group.Leader.Client.GetAsync(url)).Headers.ETag!.Tag;
        var revised = await InspectionFlowTests.PutAsync(group.Leader.Client, url, s.RevisionBody("ordered-to-rectify", "已责令改正"), etag);
        Assert.Equal(2, (await revised.ReadAsync<JsonDocument>(HttpStatusCode.OK)).RootElement.GetProperty("version").GetInt32());
        var refused = await group.Member.Client.PutJsonAsync($"{url}/acknowledgement/refusal", new
        {
            reason = "拒签", witnesses = new[] { new { name = "甲", identity = "网格员" }, new { name = "乙", identity = "居委会" } },
        });
        Assert.Equal("refused", (await refused.ReadAsync<JsonDocument>(HttpStatusCode.OK)).RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
        var other = await s.Group(2).Leader.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
