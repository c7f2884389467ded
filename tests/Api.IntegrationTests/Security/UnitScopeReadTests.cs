using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>What a caller reads follows their unit scope: tasks, draws, results, records and amendments (the public list does not).</summary>
public sealed class UnitScopeReadTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Tasks_draws_results_records_and_amendments_follow_the_callers_unit_scope_and_the_public_list_does_not()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client, officers: 14);
        var shizuishan = BranchUnit.Create("SZS", "石嘴山市局", null, "640200");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.BranchUnits.Add(shizuishan);
            await db.SaveChangesAsync();
        }

        var item = await s.CreateItemAsync();
        var (taskId, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, officerUnitIds: [s.UnitId]));
        // A task of the whole bureau: only someone who sees every unit may create it (here the administrator).
        using var bureauWideTask = await (await Client.PostJsonAsync("/api/v1/tasks", DrawScenario.TaskBody(item, name: "全局任务")))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var bureauWide = bureauWideTask.RootElement.GetProperty("id").GetGuid();

        var yinchuan = Fixture.Factory.CreateClientAs("yc-insp", ["inspector"], s.UnitId);
        var elsewhere = Fixture.Factory.CreateClientAs("szs-insp", ["inspector"], shizuishan.Id);

        Assert.Equal(new HashSet<Guid> { bureauWide, taskId }, (await TaskIdsAsync(yinchuan)).ToHashSet());
        Assert.Equal([bureauWide], await TaskIdsAsync(elsewhere));
        Assert.Equal(2, (await TaskIdsAsync(Client)).Count);
        (await yinchuan.GetAsync($"/api/v1/draws/{drawId}/result")).EnsureSuccessStatusCode();

        await (await elsewhere.GetAsync($"/api/v1/tasks/{taskId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        foreach (var path in new[] { "", "/result", "/record.pdf", "/amendments" })
        {
            await (await elsewhere.GetAsync($"/api/v1/draws/{drawId}{path}")).ReadProblemAsync(HttpStatusCode.NotFound);
        }

        var staffList = await (await elsewhere.GetAsync("/api/v1/draws")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, staffList.RootElement.GetProperty("totalCount").GetInt32());

        // The public disclosure is everyone's, with or without a token.
        var publicList = await (await elsewhere.GetAsync("/api/v1/public/draws")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(1, publicList.RootElement.GetProperty("totalCount").GetInt32());
        (await elsewhere.GetAsync($"/api/v1/public/draws/{drawId}")).EnsureSuccessStatusCode();
    }

    private static async Task<List<Guid>> TaskIdsAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/v1/tasks?pageSize=100")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];
    }
}
