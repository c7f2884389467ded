using System.Globalization;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;

/// <summary>
/// A finding handed over (移交) and moved on one step at a time to closed, by both branches (rectified, case filed),
/// also once the task is closed; every step in the history and the audit trail, on PostgreSQL.
/// </summary>
public sealed class FollowUpFlowTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_finding_is_handed_over_rectified_and_closed_with_its_history_and_every_step_audited()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        var deadline = FollowUpScenario.Today.AddDays(10);
        var handedOver = await s.HandOverAsync(deadline: deadline);
        var id = handedOver.GetProperty("id").GetGuid();
        Assert.Equal("handedOver", handedOver.GetProperty("status").GetString());
        Assert.Equal(s.Inspection.TaskId, handedOver.GetProperty("taskId").GetGuid());
        Assert.Equal(s.RecordId, handedOver.GetProperty("recordId").GetGuid());
        Assert.Equal(s.Group.TargetCodes[0], handedOver.GetProperty("targetCode").GetString());
        Assert.Equal(s.Inspection.ItemIds[0], handedOver.GetProperty("itemId").GetGuid());
        Assert.False(string.IsNullOrEmpty(handedOver.GetProperty("itemName").GetString()));
        Assert.Equal("ordered-to-rectify", handedOver.GetProperty("resultCategoryCode").GetString());
        Assert.Equal(FollowUpScenario.Findings, handedOver.GetProperty("findings").GetString());
        Assert.Equal(s.UnitId, handedOver.GetProperty("supervisingUnitId").GetGuid());
        Assert.False(string.IsNullOrEmpty(handedOver.GetProperty("supervisingUnitName").GetString()));
        Assert.Equal(deadline.ToString("O", CultureInfo.InvariantCulture), handedOver.GetProperty("deadline").GetString());
        Assert.False(handedOver.GetProperty("overdue").GetBoolean());
        Assert.Equal(s.Group.Member.UserName, handedOver.GetProperty("handedOverBy").GetString());
        Assert.Equal(JsonValueKind.Null, handedOver.GetProperty("closedAtUtc").ValueKind);
        var first = Assert.Single(handedOver.GetProperty("history").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("fromStatus").ValueKind);
        Assert.Equal("handedOver", first.GetProperty("toStatus").GetString());
        Assert.Equal("移交兴庆分局跟进整改", first.GetProperty("note").GetString());

        // The supervising unit (Yinchuan) moves it on: an operator of the unit, one step at a time.
        var unitOperator = Fixture.Factory.CreateClientAs("yc-operator", ["operator"], s.UnitId);
        await FollowUpScenario.MoveAsync(unitOperator, id, "inProgress", "已约谈负责人");
        await FollowUpScenario.MoveAsync(unitOperator, id, "rectified", "已补齐进货查验记录");
        var closed = await FollowUpScenario.MoveAsync(unitOperator, id, "closed");
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, closed.GetProperty("closedAtUtc").ValueKind);
        Assert.Equal(4, closed.GetProperty("version").GetInt32());
        var history = closed.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["handedOver", "inProgress", "rectified", "closed"], history.Select(h => h.GetProperty("toStatus").GetString()));
        Assert.Equal([null, "handedOver", "inProgress", "rectified"], history.Select(h => h.GetProperty("fromStatus").GetString()));
        Assert.Equal([s.Group.Member.UserName, "yc-operator", "yc-operator", "yc-operator"], history.Select(h => h.GetProperty("by").GetString()));

        var read = await Client.GetAsync($"/api/v1/follow-ups/{id}");
        Assert.Equal("\"4\"", read.Headers.ETag?.ToString());
        using var readBody = await read.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(4, readBody.RootElement.GetProperty("history").GetArrayLength());

        // Every change is audited with before and after.
        var created = Assert.Single(await Client.EntriesAsync($"&action=create&entityType=FollowUp&entityId={id}"));
        Assert.Equal("HandedOver", created.After!.Value.GetProperty("status").ToString().Trim('"'));
        var updates = await Client.EntriesAsync($"&action=update&entityType=FollowUp&entityId={id}");
        Assert.Equal(3, updates.Count);
        Assert.Equal(["HandedOver", "InProgress", "Rectified"], updates.Select(u => u.Before!.Value.GetProperty("status").ToString().Trim('"')));
        Assert.Equal(["InProgress", "Rectified", "Closed"], updates.Select(u => u.After!.Value.GetProperty("status").ToString().Trim('"')));
        Assert.Equal(4, (await Client.EntriesAsync("&action=create&entityType=FollowUpEvent")).Count);

        // Closed: the same finding may be handed over again (one open follow-up per finding, not one ever).
        var again = await s.HandOverAsync();
        Assert.NotEqual(id, again.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Once_the_task_is_closed_a_leader_hands_a_finding_over_and_a_case_filed_follow_up_is_closed()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        (await s.Inspection.Draw.Operator.PostAsync($"/api/v1/tasks/{s.Inspection.TaskId}/close", null)).EnsureSuccessStatusCode();

        // A leader who sees the task (not a member of the group) hands over; so does a member, after the closing.
        var leader = Fixture.Factory.CreateClientAs("yc-leader", ["leader"], s.UnitId);
        var byLeader = await s.HandOverAsync(item: 1, client: leader);
        Assert.Equal("yc-leader", byLeader.GetProperty("handedOverBy").GetString());
        var byMember = await s.HandOverAsync(item: 0);

        // An inspector of the supervising unit moves it on: in progress → case filed → closed.
        var id = byLeader.GetProperty("id").GetGuid();
        var inspector = s.Group.Leader.Client;
        await FollowUpScenario.MoveAsync(inspector, id, "inProgress");
        var filed = await FollowUpScenario.MoveAsync(inspector, id, "caseFiled", "已立案查处（宁市监立〔2026〕12号）");
        Assert.Equal("caseFiled", filed.GetProperty("status").GetString());
        Assert.False(filed.GetProperty("overdue").GetBoolean());
        var closed = await FollowUpScenario.MoveAsync(inspector, id, "closed", "结案");
        Assert.Equal(["handedOver", "inProgress", "caseFiled", "closed"],
            closed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("toStatus").GetString()));

        // The follow-ups of one record: the list's recordId filter.
        using var ofRecord = await (await Client.GetAsync($"/api/v1/follow-ups?recordId={s.RecordId}&sort=handedOverAtUtc"))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal([id, byMember.GetProperty("id").GetGuid()],
            ofRecord.RootElement.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
        using var ofTask = await (await Client.GetAsync($"/api/v1/follow-ups?taskId={s.Inspection.TaskId}&status=closed"))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(ofTask.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }
}
