using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;

/// <summary>
/// One scoping mechanism (RecordScope, IScopedToFollowUp): a follow-up is seen through its task or through its
/// supervising unit; anyone else finds nothing (404). Only the supervising unit moves it on: a caller who sees it through
/// the task alone gets 403 follow-up-not-supervising-unit.
/// </summary>
public sealed class FollowUpScopeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_supervising_unit_moves_it_on_the_task_only_viewer_gets_403_and_another_unit_finds_nothing()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        var wuzhong = await s.CreateUnitAsync("WZ", "吴忠市局");
        var guyuan = await s.CreateUnitAsync("GY", "固原市局");
        var toWuzhong = (await s.HandOverAsync(unitId: wuzhong, item: 0)).GetProperty("id").GetGuid();
        var toYinchuan = (await s.HandOverAsync(item: 1)).GetProperty("id").GetGuid();

        var wzOperator = Fixture.Factory.CreateClientAs("wz-operator", ["operator"], wuzhong);
        var ycOperator = Fixture.Factory.CreateClientAs("yc-operator", ["operator"], s.UnitId);
        var gyOperator = Fixture.Factory.CreateClientAs("gy-operator", ["operator"], guyuan);
        var gySupervisor = Fixture.Factory.CreateClientAs("gy-supervisor", ["supervisor"], guyuan);

        // Wuzhong sees the follow-up handed to it (not the task, not the other follow-up) and moves it on.
        Assert.Equal(HttpStatusCode.OK, (await wzOperator.GetAsync($"/api/v1/follow-ups/{toWuzhong}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wzOperator.GetAsync($"/api/v1/follow-ups/{toYinchuan}")).StatusCode);
        Assert.Equal([toWuzhong], await ListedAsync(wzOperator, ""));
        Assert.Empty(await ListedAsync(wzOperator, $"?taskId={s.Inspection.TaskId}&unitId={s.UnitId}"));
        Assert.Equal("inProgress", (await FollowUpScenario.MoveAsync(wzOperator, toWuzhong, "inProgress")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await FollowUpScenario.PostTransitionAsync(wzOperator, toYinchuan, new { status = "inProgress" }, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PostHandOverAsync(wzOperator, s.HandOverBody(unitId: wuzhong, item: 1))).StatusCode);

        // Yinchuan sees both through the task, but moves on only its own.
        Assert.Equal([toWuzhong, toYinchuan], await ListedAsync(ycOperator, "?sort=handedOverAtUtc"));
        var entries = await Fixture.CountRowsAsync("audit_entries");
        var forbidden = await (await FollowUpScenario.PostTransitionAsync(ycOperator, toWuzhong, new { status = "rectified" }, "*"))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("follow-up-not-supervising-unit", forbidden.Code);
        var member = s.Group.Member.Client; // also an inspector of Yinchuan: a member of the group sees the task
        Assert.Equal(HttpStatusCode.Forbidden, (await FollowUpScenario.PostTransitionAsync(member, toWuzhong, new { status = "rectified" }, "*")).StatusCode);
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
        Assert.Equal("inProgress", (await FollowUpScenario.MoveAsync(ycOperator, toYinchuan, "inProgress")).GetProperty("status").GetString());

        // Guyuan sees neither: 404 for reads and writes, nothing listed, nothing overdue.
        foreach (var client in new[] { gyOperator, gySupervisor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/follow-ups/{toWuzhong}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/follow-ups/{toYinchuan}")).StatusCode);
            Assert.Empty(await ListedAsync(client, ""));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await FollowUpScenario.PostTransitionAsync(gyOperator, toWuzhong, new { status = "rectified" }, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PostHandOverAsync(gyOperator, s.HandOverBody(item: 1))).StatusCode);

        // An inspector who is not in the record's group hands nothing over (404), though they see follow-ups of their unit.
        var otherGroup = s.Inspection.Group(2).Member.Client;
        Assert.Equal(HttpStatusCode.NotFound, (await s.PostHandOverAsync(otherGroup, s.HandOverBody(unitId: guyuan, item: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherGroup.GetAsync($"/api/v1/follow-ups/{toYinchuan}")).StatusCode);
        Assert.Equal(2, await Fixture.CountRowsAsync("follow_ups"));

        // A read-only bureau-wide role does not widen the write scope: an inspector of Guyuan who is also an analyst reads
        // every follow-up but moves on neither (403), and nothing is written.
        var gyInspectorAnalyst = Fixture.Factory.CreateClientAs("gy-inspector-analyst", ["inspector", "analyst"], guyuan);
        Assert.Equal(HttpStatusCode.OK, (await gyInspectorAnalyst.GetAsync($"/api/v1/follow-ups/{toWuzhong}")).StatusCode);
        entries = await Fixture.CountRowsAsync("audit_entries");
        foreach (var followUp in new[] { toWuzhong, toYinchuan })
        {
            var refused = await (await FollowUpScenario.PostTransitionAsync(gyInspectorAnalyst, followUp, new { status = "rectified" }, "*"))
                .ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("follow-up-not-supervising-unit", refused.Code);
        }

        var gyOperatorAnalyst = Fixture.Factory.CreateClientAs("gy-operator-analyst", ["operator", "analyst"], guyuan);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PostHandOverAsync(gyOperatorAnalyst, s.HandOverBody(unitId: guyuan, item: 1))).StatusCode);
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));

        // A supervisor of the supervising unit reads it, but follow-ups.work is not theirs (403 by the matrix).
        var wzSupervisor = Fixture.Factory.CreateClientAs("wz-supervisor", ["supervisor"], wuzhong);
        Assert.Equal(HttpStatusCode.OK, (await wzSupervisor.GetAsync($"/api/v1/follow-ups/{toWuzhong}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await FollowUpScenario.PostTransitionAsync(wzSupervisor, toWuzhong, new { status = "rectified" }, "*")).StatusCode);
    }

    [Fact]
    public async Task A_finding_of_a_result_that_is_not_final_yet_is_not_handed_over()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client, final: false);
        var entries = await Fixture.CountRowsAsync("audit_entries");
        var problem = await (await s.PostHandOverAsync(s.Group.Member.Client, s.HandOverBody())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("record-not-final", problem.Code);
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
        Assert.Equal(0, await Fixture.CountRowsAsync("follow_ups"));

        await s.MakeFinalAsync();
        await s.HandOverAsync();
        Assert.Equal(1, await Fixture.CountRowsAsync("follow_ups"));
    }

    [Fact]
    public async Task The_overdue_list_groups_pending_follow_ups_past_their_deadline_per_unit()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client, final: false);
        var wuzhong = await s.CreateUnitAsync("WZ", "吴忠市局");
        var second = await s.Group.Member.Client.PostJsonAsync(
            $"/api/v1/tasks/{s.Inspection.TaskId}/inspection-records", s.Inspection.RecordBody(s.Group.TargetCodes[1], "pending-follow-up", "待核查"));
        var secondRecord = (await second.ReadAsync<JsonDocument>(HttpStatusCode.Created)).RootElement.GetProperty("id").GetGuid();
        await s.MakeFinalAsync(recorded: 2);
        var client = s.Group.Leader.Client;

        // Overdue: handed over (Yinchuan, 3 days late) and in progress (Wuzhong, 5 days late).
        var handedOver = (await s.HandOverAsync(item: 0)).GetProperty("id").GetGuid();
        await s.BackdateAsync(handedOver, 3);
        var inProgress = (await s.HandOverAsync(unitId: wuzhong, item: 1)).GetProperty("id").GetGuid();
        var wzOperator = Fixture.Factory.CreateClientAs("wz-operator", ["operator"], wuzhong);
        await FollowUpScenario.MoveAsync(wzOperator, inProgress, "inProgress");
        await s.BackdateAsync(inProgress, 5);

        // Not overdue: rectified past its deadline, and one due today.
        var rectified = await HandOverAsync(s, secondRecord, 0, FollowUpScenario.Today.AddDays(1));
        await FollowUpScenario.MoveAsync(client, rectified, "inProgress");
        await FollowUpScenario.MoveAsync(client, rectified, "rectified");
        await s.BackdateAsync(rectified, 10);
        var dueToday = await HandOverAsync(s, secondRecord, 1, FollowUpScenario.Today);

        using var overdue = await (await Client.GetAsync("/api/v1/follow-ups/overdue")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var root = overdue.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        var units = root.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["吴忠市局", units[1].GetProperty("unitName").GetString()], units.Select(u => u.GetProperty("unitName").GetString()));
        Assert.Equal([wuzhong, s.UnitId], units.Select(u => u.GetProperty("unitId").GetGuid()));
        Assert.All(units, u => Assert.Equal(1, u.GetProperty("count").GetInt32()));
        Assert.Equal(inProgress, units[0].GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(handedOver, units[1].GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.True(units[1].GetProperty("items")[0].GetProperty("overdue").GetBoolean());

        Assert.Equal([inProgress, handedOver], await ListedAsync(Client, "?overdue=true"));
        Assert.Equal([dueToday, rectified], (await ListedAsync(Client, "?overdue=false&sort=-deadline")));
        Assert.Equal([inProgress], await ListedAsync(Client, $"?overdue=true&unitId={wuzhong}"));
        Assert.Equal([rectified], await ListedAsync(Client, "?status=rectified"));

        // Wuzhong's overdue list holds its own only.
        using var theirs = await (await wzOperator.GetAsync("/api/v1/follow-ups/overdue")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(inProgress, Assert.Single(Assert.Single(theirs.RootElement.GetProperty("units").EnumerateArray()).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    private static async Task<Guid> HandOverAsync(FollowUpScenario s, Guid recordId, int item, DateOnly deadline)
    {
        var response = await s.PostHandOverAsync(s.Group.Member.Client, s.HandOverBody(deadline: deadline, item: item), recordId);
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> ListedAsync(HttpClient client, string query)
    {
        using var page = await (await client.GetAsync($"/api/v1/follow-ups{query}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid())];
    }
}
