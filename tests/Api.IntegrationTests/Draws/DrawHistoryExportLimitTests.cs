using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>The history export's cap (<c>Draws:HistoryExportMaxRows</c>, here 2): above it a 400 asks to narrow the filters.</summary>
public sealed class DrawHistoryExportLimitTests(SmallLimitsFixture fixture) : PostgresTest<SmallLimitsFixture>(fixture)
{
    [Fact]
    public async Task A_history_export_above_the_cap_is_refused_and_a_narrower_one_is_served()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client);
        var (taskId, _, _) = await s.SealedDrawAsync();

        // Three groups: one more row than the cap.
        var refused = await (await Client.GetAsync("/api/v1/draws/history.xlsx")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("2", Assert.Single(refused.Errors!["query"]), StringComparison.Ordinal);
        var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/draws/history.xlsx") { Headers = { { "Accept-Language", "en" } } };
        Assert.StartsWith("A history export holds at most 2 rows", (await (await Client.SendAsync(english)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!["query"][0], StringComparison.Ordinal);

        using var json = await (await Client.GetAsync($"/api/v1/draws/history?taskId={taskId}&pageSize=1")).ReadAsync<System.Text.Json.JsonDocument>(HttpStatusCode.OK);
        var code = json.RootElement.GetProperty("items")[0].GetProperty("group").GetProperty("targets")[0].GetProperty("code").GetString();
        var narrow = await Client.GetAsync($"/api/v1/draws/history.xlsx?targetCode={code}");
        Assert.Equal(HttpStatusCode.OK, narrow.StatusCode);
    }
}
