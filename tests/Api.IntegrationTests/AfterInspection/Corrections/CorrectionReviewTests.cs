using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;

/// <summary>
/// The review's findings on corrections: a correction is scoped exactly like its record; only a member of the record's
/// group or an operator who sees the task asks; a read-only bureau-wide role widens no write scope; an approval that
/// would change an item with an open follow-up is refused; an archived task answers task-archived before any other rule.
/// </summary>
public sealed class CorrectionReviewTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_correction_is_seen_and_asked_for_exactly_like_its_record()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var s = c.Inspection;
        var id = await c.RequestAsync(c.FirstRecord);

        // Inspectors of the other group and spare inspectors: the correction is 404 and not in their list.
        foreach (var outsider in new[] { s.Group(2).Leader, s.Group(2).Member, s.Spares.First() })
        {
            await (await outsider.Client.GetAsync($"/api/v1/corrections/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
            using var list = await (await outsider.Client.GetAsync("/api/v1/corrections")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.DoesNotContain(id, list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }

        // The group's members read it and list it.
        using (var mine = await (await c.Group.Leader.Client.GetAsync("/api/v1/corrections")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Contains(id, mine.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }

        // A leader who is also an inspector (not of the group) reads by task but does not ask: 404, nothing written.
        using var inspectorLeader = Fixture.Factory.CreateClientAs("inspector-leader", ["inspector", "leader"], s.Draw.UnitId);
        (await inspectorLeader.GetAsync($"/api/v1/corrections/{id}")).EnsureSuccessStatusCode();
        var second = c.Records[c.Group.TargetCodes[1]];
        await (await c.RequestAsync(inspectorLeader, second, c.Body())).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await Fixture.CountRowsAsync("record_corrections"));

        // An operator who sees the task asks.
        await (await c.RequestAsync(s.Draw.Operator, second, c.Body())).ReadAsync<JsonDocument>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_leader_who_is_also_an_analyst_decides_only_for_their_own_unit()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var id = await c.RequestAsync(c.FirstRecord);
        using var leaderAnalyst = Fixture.Factory.CreateClientAs("leader-analyst-gy", ["leader", "analyst"], c.ForeignUnit);
        (await leaderAnalyst.GetAsync($"/api/v1/corrections/{id}")).EnsureSuccessStatusCode(); // reads bureau-wide
        foreach (var (decision, note) in new[] { ("approval", (string?)null), ("rejection", "不同意") })
        {
            var problem = await (await CorrectionScenario.DecideAsync(leaderAnalyst, id, decision, note)).ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("correction-wrong-unit", problem.Code);
        }

        using var pending = await (await c.Leader.GetAsync($"/api/v1/corrections/{id}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("pending", pending.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_correction_that_changes_an_item_with_an_open_follow_up_is_not_approved()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);

        // The result becomes a finding by an approved correction, and that finding is handed over.
        (await CorrectionScenario.DecideAsync(c.Leader, await c.RequestAsync(c.FirstRecord), "approval")).EnsureSuccessStatusCode();
        var handOver = await c.Group.Member.Client.PostJsonAsync($"/api/v1/inspection-records/{c.FirstRecord}/follow-ups", new
        {
            itemId = c.Inspection.ItemIds[0], supervisingUnitId = c.Inspection.Draw.UnitId,
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(10).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        var followUp = (await handOver.ReadAsync<JsonDocument>(HttpStatusCode.Created)).RootElement.GetProperty("id").GetGuid();

        // Correcting it back while the follow-up is open: 409 naming the follow-up; the record stays at version 2.
        using var back = await (await c.RequestAsync(c.Group.Member.Client, c.FirstRecord, c.Body(category: "no-problem", findings: null, deadline: null)))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = back.RootElement.GetProperty("id").GetGuid();
        using var problem = await (await CorrectionScenario.DecideAsync(c.Leader, id, "approval")).ReadAsync<JsonDocument>(HttpStatusCode.Conflict);
        Assert.Equal("correction-open-follow-up", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(followUp, problem.RootElement.GetProperty("existingId").GetGuid());
        using var record = await (await c.Leader.GetAsync($"/api/v1/inspection-records/{c.FirstRecord}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(2, record.RootElement.GetProperty("contentVersion").GetInt32());
    }

    [Fact]
    public async Task On_an_archived_task_hand_over_approval_and_rejection_answer_task_archived_first()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var first = await c.RequestAsync(c.FirstRecord);
        var second = await c.RequestAsync(c.Records[c.Group.TargetCodes[1]]);
        (await CorrectionScenario.DecideAsync(c.Leader, second, "approval")).EnsureSuccessStatusCode();
        var third = (await (await c.RequestAsync(c.Group.Member.Client, c.Records[c.Group.TargetCodes[1]], c.Body(findings: "冷藏柜温度超过 10℃")))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created)).RootElement.GetProperty("id").GetGuid();
        await ArchiveAsync(c.Inspection.TaskId);
        var entries = await Fixture.CountRowsAsync("audit_entries");

        // Approval and rejection, and a hand-over.
        foreach (var (who, decision, note) in new[] { (c.Leader, "approval", (string?)null), (c.Leader, "rejection", "不同意") })
        {
            Assert.Equal("task-archived", (await (await CorrectionScenario.DecideAsync(who, first, decision, note)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        }

        Assert.Equal("task-archived", (await (await CorrectionScenario.DecideAsync(c.Leader, third, "rejection", "不同意")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var handOver = await c.Group.Member.Client.PostJsonAsync($"/api/v1/inspection-records/{c.Records[c.Group.TargetCodes[1]]}/follow-ups", new
        {
            itemId = c.Inspection.ItemIds[0], supervisingUnitId = c.Inspection.Draw.UnitId,
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(10).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal("task-archived", (await handOver.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
    }

    /// <summary>
    /// Marks the task archived as stored (the archive itself — publication, the ZIP — is the archive tests' subject; here
    /// only what an archived task answers matters).
    /// </summary>
    private async Task ArchiveAsync(Guid taskId)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.InspectionTasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(u => u.SetProperty(t => t.ArchivedAtUtc, DateTime.UtcNow));
    }
}
