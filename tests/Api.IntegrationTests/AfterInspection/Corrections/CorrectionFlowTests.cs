using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;

/// <summary>
/// §7.2 on PostgreSQL: a submitted result is final (409 record-final); a correction is a new version that a leader of
/// the supervising unit approves — not the person who asked, not a leader of another unit; the original stays visible;
/// both the request and the decision are in the audit trail; the signed summary stays signed.
/// </summary>
public sealed class CorrectionFlowTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_final_record_changes_only_by_an_approved_correction_and_the_original_stays_visible()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var s = c.Inspection;
        var code = c.Group.TargetCodes[0];
        using var signed = await GroupSummaryTests.GetAsync(c.Group.Leader.Client, c.SummaryUrl);
        var signedHash = signed.RootElement.GetProperty("contentSha256").GetString();

        // Signed off: a revision is 409 record-final, pointing to corrections.
        var put = await SummaryRecords.TryReviseAsync(s, 1, code, "补充说明");
        Assert.Equal("record-final", (await put.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // The member asks; a second request while it waits is 409 correction-pending naming it.
        var response = await c.RequestAsync(c.Group.Member.Client, c.FirstRecord, c.Body());
        Assert.Equal($"/api/v1/corrections/{(await Json(response, HttpStatusCode.Created)).GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        (await c.Group.Member.Client.GetAsync(response.Headers.Location)).EnsureSuccessStatusCode();
        using var asked = await (await c.Group.Member.Client.GetAsync($"/api/v1/inspection-records/{c.FirstRecord}/corrections")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var correction = asked.RootElement[0];
        var id = correction.GetProperty("id").GetGuid();
        Assert.Equal(("pending", 1, s.Draw.UnitId, c.Group.Member.UserName),
            (correction.GetProperty("status").GetString(), correction.GetProperty("correctsVersion").GetInt32(),
             correction.GetProperty("supervisingUnitId").GetGuid(), correction.GetProperty("requestedBy").GetString()));
        var again = await c.RequestAsync(c.Group.Leader.Client, c.FirstRecord, c.Body(reason: "再次申请"));
        using (var pending = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal(("correction-pending", id), (pending.RootElement.GetProperty("code").GetString(), pending.RootElement.GetProperty("existingId").GetGuid()));
        }

        // The leaders' queue shows it; a leader of the supervising unit approves.
        using (var queue = await (await c.Leader.GetAsync("/api/v1/corrections?status=pending")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal([id], queue.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }

        var approved = await Json(await CorrectionScenario.DecideAsync(c.Leader, id, "approval", "已核对现场照片"), HttpStatusCode.OK);
        Assert.Equal(("approved", 2, "leader-1", "已核对现场照片"),
            (approved.GetProperty("status").GetString(), approved.GetProperty("resultingVersion").GetInt32(),
             approved.GetProperty("decidedBy").GetString(), approved.GetProperty("decisionNote").GetString()));

        // The record carries the correction as version 2; the acknowledgement stays.
        var record = await Json(await c.Group.Member.Client.GetAsync($"/api/v1/inspection-records/{c.FirstRecord}"), HttpStatusCode.OK);
        Assert.Equal(2, record.GetProperty("contentVersion").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, record.GetProperty("correctedAtUtc").ValueKind);
        Assert.All(record.GetProperty("items").EnumerateArray(), i => Assert.Equal(
            ("ordered-to-rectify", "冷藏柜温度超过 8℃", "2026-12-31"),
            (i.GetProperty("resultCategoryCode").GetString(), i.GetProperty("findings").GetString(), i.GetProperty("rectificationDeadline").GetString())));

        // Version 1 is still visible, with who made each version and the correction behind version 2.
        var versions = await Json(await s.Draw.Operator.GetAsync($"/api/v1/inspection-records/{c.FirstRecord}/versions"), HttpStatusCode.OK);
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(("no-problem", c.Group.Member.UserName, false, JsonValueKind.Null),
            (versions[0].GetProperty("items")[0].GetProperty("resultCategoryCode").GetString(), versions[0].GetProperty("madeBy").GetString(),
             versions[0].GetProperty("current").GetBoolean(), versions[0].GetProperty("correctionId").ValueKind));
        Assert.Equal(("ordered-to-rectify", "leader-1", true, id),
            (versions[1].GetProperty("items")[0].GetProperty("resultCategoryCode").GetString(), versions[1].GetProperty("madeBy").GetString(),
             versions[1].GetProperty("current").GetBoolean(), versions[1].GetProperty("correctionId").GetGuid()));

        // The signed summary stays as signed: signed off, same hash, the results it was signed with.
        using (var summary = await GroupSummaryTests.GetAsync(c.Group.Leader.Client, c.SummaryUrl))
        {
            Assert.Equal(("signedOff", signedHash), (summary.RootElement.GetProperty("status").GetString(), summary.RootElement.GetProperty("contentSha256").GetString()));
            var target = summary.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);
            Assert.Equal("no-problem", target.GetProperty("items")[0].GetProperty("resultCategoryCode").GetString());
        }

        // Still final: a revision is refused again; approving twice is 409 correction-decided.
        Assert.Equal("record-final", (await (await SummaryRecords.TryReviseAsync(s, 1, code, "再改")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("correction-decided", (await (await CorrectionScenario.DecideAsync(c.OtherLeader, id, "approval")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // The audit trail has the request (by the member) and the decision (by the leader, before and after), and the record's change.
        var trail = await Client.EntriesAsync($"&entityType=RecordCorrection&entityId={id}");
        Assert.Equal([("create", c.Group.Member.UserName), ("update", "leader-1")], trail.Select(e => (e.Action, e.ActorName)));
        Assert.Equal(("Pending", "Approved"), (trail[1].Before!.Value.GetProperty("status").GetString(), trail[1].After!.Value.GetProperty("status").GetString()));
        var recordTrail = await Client.EntriesAsync($"&entityType=InspectionRecord&entityId={c.FirstRecord}");
        Assert.Equal(("update", "leader-1"), (recordTrail[^1].Action, recordTrail[^1].ActorName));
        Assert.Equal(1, recordTrail[^1].Before!.Value.GetProperty("contentVersion").GetInt32());
        Assert.Equal(2, (await Client.EntriesAsync("&entityType=InspectionRecordVersion")).Count);
    }

    [Fact]
    public async Task The_requester_and_leaders_of_other_units_cannot_decide_and_a_rejection_leaves_the_record()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);

        // A leader who is also an operator of the unit asks; deciding it themself is 409 correction-self-approval.
        using var both = Fixture.Factory.CreateClientAs("leader-op", ["leader", "operator"], c.Inspection.Draw.UnitId);
        using var created = await (await c.RequestAsync(both, c.FirstRecord, c.Body())).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = created.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("correction-self-approval", (await (await CorrectionScenario.DecideAsync(both, id, "approval")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("correction-self-approval", (await (await CorrectionScenario.DecideAsync(both, id, "rejection", "撤回")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // A leader of a unit below sees the task but not the supervising unit: 403; a leader beside it does not see it: 404.
        Assert.Equal("correction-wrong-unit", (await (await CorrectionScenario.DecideAsync(c.ChildLeader, id, "approval")).ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal("correction-wrong-unit", (await (await CorrectionScenario.DecideAsync(c.ChildLeader, id, "rejection", "不同意")).ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        await (await CorrectionScenario.DecideAsync(c.ForeignLeader, id, "approval")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await c.ForeignLeader.GetAsync($"/api/v1/corrections/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);

        // Not leaders: refused by policy.
        await (await CorrectionScenario.DecideAsync(c.Group.Leader.Client, id, "approval")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await CorrectionScenario.DecideAsync(c.Inspection.Draw.Operator, id, "approval")).ReadProblemAsync(HttpStatusCode.Forbidden);

        // A rejection needs a note; with one, the record stays at version 1 and a new request may follow.
        Assert.True((await (await CorrectionScenario.DecideAsync(c.OtherLeader, id, "rejection")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors?.ContainsKey("note"));
        var rejected = await Json(await CorrectionScenario.DecideAsync(c.OtherLeader, id, "rejection", "照片不能证明温度超标"), HttpStatusCode.OK);
        Assert.Equal(("rejected", "leader-2", JsonValueKind.Null),
            (rejected.GetProperty("status").GetString(), rejected.GetProperty("decidedBy").GetString(), rejected.GetProperty("resultingVersion").ValueKind));
        Assert.Equal("correction-decided", (await (await CorrectionScenario.DecideAsync(c.Leader, id, "approval")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var record = await Json(await c.Group.Member.Client.GetAsync($"/api/v1/inspection-records/{c.FirstRecord}"), HttpStatusCode.OK);
        Assert.Equal((1, "no-problem"), (record.GetProperty("contentVersion").GetInt32(), record.GetProperty("items")[0].GetProperty("resultCategoryCode").GetString()));
        var versions = await Json(await c.Group.Member.Client.GetAsync($"/api/v1/inspection-records/{c.FirstRecord}/versions"), HttpStatusCode.OK);
        Assert.Equal([(1, true)], versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("current").GetBoolean())));

        // The queue by status.
        using (var queue = await (await c.Leader.GetAsync("/api/v1/corrections?status=rejected")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal([id], queue.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }

        var second = await c.RequestAsync(c.FirstRecord);
        Assert.NotEqual(id, second);
        Assert.Empty(await Client.EntriesAsync("&entityType=InspectionRecordVersion"));
    }

    [Fact]
    public async Task A_record_changed_after_the_request_is_a_stale_correction()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var id = await c.RequestAsync(c.FirstRecord);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.InspectionRecords.Where(r => r.Id == c.FirstRecord).ExecuteUpdateAsync(r => r.SetProperty(x => x.Version, x => x.Version + 1));
        }

        Assert.Equal("stale-version", (await (await CorrectionScenario.DecideAsync(c.Leader, id, "approval")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        using var after = await (await c.Leader.GetAsync($"/api/v1/corrections/{id}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("pending", after.RootElement.GetProperty("status").GetString());
        Assert.Empty(await Client.EntriesAsync("&entityType=InspectionRecordVersion"));

        // It can still be rejected, and asked for again against the record as it is.
        (await CorrectionScenario.DecideAsync(c.Leader, id, "rejection", "记录已变化，请重新申请")).EnsureSuccessStatusCode();
        var fresh = await c.RequestAsync(c.FirstRecord);
        (await CorrectionScenario.DecideAsync(c.Leader, fresh, "approval")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Before_the_result_is_final_a_correction_is_refused_and_closing_the_task_makes_it_final()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client, signOff: false);
        Assert.Equal("record-not-final", (await (await c.RequestAsync(c.Group.Member.Client, c.FirstRecord, c.Body())).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        await SummaryRecords.ReviseAsync(c.Inspection, 1, c.Group.TargetCodes[0], "仍可直接修改");

        (await c.Inspection.Draw.Operator.PostAsync($"/api/v1/tasks/{c.Inspection.TaskId}/close", null)).EnsureSuccessStatusCode();
        Assert.Equal("task-closed", (await (await SummaryRecords.TryReviseAsync(c.Inspection, 1, c.Group.TargetCodes[0], "关闭后")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // Closed: final. The unit's operator asks (in scope), a leader approves.
        var created = await Json(await c.RequestAsync(c.Inspection.Draw.Operator, c.FirstRecord, c.Body(category: "no-problem", findings: null, deadline: null)), HttpStatusCode.Created);
        var approved = await Json(await CorrectionScenario.DecideAsync(c.Leader, created.GetProperty("id").GetGuid(), "approval"), HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        using var summary = await GroupSummaryTests.GetAsync(c.Inspection.Draw.Operator, c.SummaryUrl);
        Assert.Equal("needsSignatures", summary.RootElement.GetProperty("status").GetString());
    }

    internal static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        using var document = await response.ReadAsync<JsonDocument>(expected);
        return document.RootElement.Clone();
    }
}
