using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// Who sees and changes a record: the members of its group; overseers within their unit scope, as for tasks. Anyone else
/// finds nothing (404) and changes nothing.
/// </summary>
public sealed class InspectionScopeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task An_inspector_of_another_group_finds_neither_the_record_nor_its_signature_and_changes_nothing()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var mine = s.Group(1);
        var other = s.Group(2).Leader.Client;
        var record = await s.RecordAsync(mine.Member, mine.TargetCodes[0]);
        var id = record.GetProperty("id").GetGuid();
        var url = $"/api/v1/inspection-records/{id}";
        (await mine.Member.Client.PutAsync($"{url}/acknowledgement/signature", InspectionFlowTests.Image(InspectionFlowTests.Png))).EnsureSuccessStatusCode();
        var entries = await Fixture.CountRowsAsync("audit_entries");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{url}/acknowledgement/signature")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await InspectionFlowTests.PutAsync(other, url, s.RevisionBody("pending-follow-up"), "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsync($"{url}/acknowledgement/signature", InspectionFlowTests.Image(InspectionFlowTests.Png))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutJsonAsync($"{url}/acknowledgement/refusal", new
        {
            reason = "拒签", witnesses = new[] { new { name = "甲", identity = "网格员" }, new { name = "乙", identity = "居委会" } },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Spares.First().Client.GetAsync(url)).StatusCode);
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
        var unchanged = await (await mine.Leader.Client.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(2, unchanged.RootElement.GetProperty("version").GetInt32());

        // Their list holds their own group's records only; the target of another group cannot be recorded.
        var second = await s.RecordAsync(s.Group(2).Member, s.Group(2).TargetCodes[0]);
        var list = await (await other.GetAsync($"/api/v1/tasks/{s.TaskId}/inspection-records")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal([second.GetProperty("id").GetGuid()], list.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        var refused = await other.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(mine.TargetCodes[1]));
        Assert.Contains("targetCode", (await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(2, await Fixture.CountRowsAsync("inspection_records"));
    }

    [Fact]
    public async Task Overseers_of_the_unit_read_every_record_of_the_task_and_those_of_another_unit_find_nothing()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var first = await s.RecordAsync(s.Group(1).Leader, s.Group(1).TargetCodes[0]);
        await s.RecordAsync(s.Group(2).Leader, s.Group(2).TargetCodes[0]);
        var id = first.GetProperty("id").GetGuid();

        foreach (var role in new[] { "operator", "leader", "supervisor" })
        {
            var inUnit = Fixture.Factory.CreateClientAs($"yc-{role}", [role], s.Draw.UnitId);
            var list = await (await inUnit.GetAsync($"/api/v1/tasks/{s.TaskId}/inspection-records?sort=groupNumber")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.Equal([1, 2], list.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("groupNumber").GetInt32()));
            Assert.Equal(HttpStatusCode.OK, (await inUnit.GetAsync($"/api/v1/inspection-records/{id}")).StatusCode);
        }

        var filtered = await (await Client.GetAsync($"/api/v1/tasks/{s.TaskId}/inspection-records?group=2")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(1, filtered.RootElement.GetProperty("totalCount").GetInt32());

        var elsewhere = BranchUnit.Create("WZ", "吴忠市局", null, "640300");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.BranchUnits.Add(elsewhere);
            await db.SaveChangesAsync();
        }

        var outside = Fixture.Factory.CreateClientAs("wz-operator", ["operator"], elsewhere.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await outside.GetAsync($"/api/v1/tasks/{s.TaskId}/inspection-records")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outside.GetAsync($"/api/v1/inspection-records/{id}")).StatusCode);
        var outsideInspector = Fixture.Factory.CreateClientAs("wz-inspector", ["inspector"], elsewhere.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await outsideInspector.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(s.Group(1).TargetCodes[1]))).StatusCode);
        Assert.Equal(2, await Fixture.CountRowsAsync("inspection_records"));
    }
}
