using System.Globalization;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;

/// <summary>Every bad hand-over and transition is a 4xx problem naming its field, and writes nothing.</summary>
public sealed class FollowUpBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_bad_hand_over_is_a_problem_naming_its_field_and_writes_nothing()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client, final: false);
        var member = s.Group.Member.Client;
        var retired = await s.CreateUnitAsync("GY", "固原市局（已撤销）", retired: true);
        var clean = await s.Inspection.RecordAsync(s.Group.Member, s.Group.TargetCodes[1]);
        await s.MakeFinalAsync(recorded: 2);
        var before = (await Fixture.CountRowsAsync("follow_ups"), await Fixture.CountRowsAsync("audit_entries"));

        var today = FollowUpScenario.Today;
        var cases = new (object Body, string Field)[]
        {
            (s.HandOverBody(deadline: today.AddDays(-1)), "deadline"),
            (s.HandOverBody(deadline: today.AddYears(5).AddDays(1)), "deadline"),
            (new { itemId = s.Inspection.ItemIds[0], supervisingUnitId = s.UnitId, deadline = "2026-13-01" }, "deadline"),
            (new { itemId = s.Inspection.ItemIds[0], supervisingUnitId = s.UnitId }, "deadline"),
            (s.HandOverBody(unitId: Guid.NewGuid()), "supervisingUnitId"),
            (s.HandOverBody(unitId: retired), "supervisingUnitId"),
            (new { supervisingUnitId = s.UnitId, deadline = today.AddDays(3).ToString("O", CultureInfo.InvariantCulture) }, "itemId"),
            (new { itemId = Guid.NewGuid(), supervisingUnitId = s.UnitId, deadline = today.AddDays(3).ToString("O", CultureInfo.InvariantCulture) }, "itemId"),
            (s.HandOverBody(note: "移交\0说明"), "note"),
            (s.HandOverBody(note: new string('改', 2001)), "note"),
            (new { itemId = s.Inspection.ItemIds[0], supervisingUnitId = "not-a-guid", deadline = today.AddDays(3).ToString("O", CultureInfo.InvariantCulture) }, "supervisingUnitId"),
        };
        foreach (var (body, field) in cases)
        {
            var problem = await (await s.PostHandOverAsync(member, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Errors!.ContainsKey(field), $"{field}: {string.Join(", ", problem.Errors.Keys)}");
        }

        // An item whose result found no problem is not handed over.
        var noProblem = await (await s.PostHandOverAsync(member, s.HandOverBody(), clean.GetProperty("id").GetGuid()))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("follow-up-no-problem", noProblem.Code);
        Assert.Contains("itemId", noProblem.Errors!.Keys);

        // An unknown record is absent.
        Assert.Equal(HttpStatusCode.NotFound, (await s.PostHandOverAsync(member, s.HandOverBody(), Guid.NewGuid())).StatusCode);
        Assert.Equal(before, (await Fixture.CountRowsAsync("follow_ups"), await Fixture.CountRowsAsync("audit_entries")));

        // One open follow-up per finding: the second names the first.
        var first = await s.HandOverAsync();
        var second = await s.PostHandOverAsync(member, s.HandOverBody(deadline: today.AddDays(30)));
        using var duplicate = await second.ReadAsync<JsonDocument>(HttpStatusCode.Conflict);
        Assert.Equal("follow-up-exists", duplicate.RootElement.GetProperty("code").GetString());
        Assert.Equal(first.GetProperty("id").GetGuid(), duplicate.RootElement.GetProperty("existingId").GetGuid());
        Assert.Equal(1, await Fixture.CountRowsAsync("follow_ups"));
    }

    [Fact]
    public async Task A_transition_that_skips_goes_back_or_follows_closed_and_a_stale_or_missing_If_Match_are_refused_and_write_nothing()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        var followUp = await s.HandOverAsync();
        var id = followUp.GetProperty("id").GetGuid();
        var client = s.Group.Leader.Client;

        async Task<Problem> RefusedAsync(object body, string? ifMatch, HttpStatusCode status)
        {
            var entries = await Fixture.CountRowsAsync("audit_entries");
            var problem = await (await FollowUpScenario.PostTransitionAsync(client, id, body, ifMatch)).ReadProblemAsync(status);
            Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
            return problem;
        }

        // Skipping a step: handed over → rectified, → case filed, → closed.
        foreach (var skipped in new[] { "rectified", "caseFiled", "closed", "handedOver" })
        {
            var problem = await RefusedAsync(new { status = skipped }, "\"1\"", HttpStatusCode.Conflict);
            Assert.Equal("follow-up-transition", problem.Code);
            Assert.Contains("status", problem.Errors!.Keys);
        }

        Assert.Contains("If-Match", (await RefusedAsync(new { status = "inProgress" }, null, HttpStatusCode.BadRequest)).Errors!.Keys);
        var stale = await RefusedAsync(new { status = "inProgress" }, "\"7\"", HttpStatusCode.Conflict);
        Assert.Equal("stale-version", stale.Code);
        Assert.Contains("version", stale.Errors!.Keys);
        Assert.Equal("stale-version", (await RefusedAsync(new { status = "inProgress" }, "\"abc\"", HttpStatusCode.Conflict)).Code);
        Assert.Contains("status", (await RefusedAsync(new { status = "done" }, "\"1\"", HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("status", (await RefusedAsync(new { note = "无状态" }, "\"1\"", HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("note", (await RefusedAsync(new { status = "inProgress", note = "说\0明" }, "\"1\"", HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("note", (await RefusedAsync(new { status = "inProgress", note = new string('x', 2001) }, "\"1\"", HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await FollowUpScenario.PostTransitionAsync(client, Guid.NewGuid(), new { status = "inProgress" }, "*")).StatusCode);

        // Going back, and anything after closed.
        await FollowUpScenario.MoveAsync(client, id, "inProgress");
        Assert.Equal("follow-up-transition", (await RefusedAsync(new { status = "handedOver" }, "\"2\"", HttpStatusCode.Conflict)).Code);
        Assert.Equal("follow-up-transition", (await RefusedAsync(new { status = "closed" }, "\"2\"", HttpStatusCode.Conflict)).Code);
        await FollowUpScenario.MoveAsync(client, id, "rectified");
        Assert.Equal("follow-up-transition", (await RefusedAsync(new { status = "caseFiled" }, "*", HttpStatusCode.Conflict)).Code);
        await FollowUpScenario.MoveAsync(client, id, "closed");
        foreach (var after in new[] { "handedOver", "inProgress", "rectified", "caseFiled", "closed" })
        {
            Assert.Equal("follow-up-transition", (await RefusedAsync(new { status = after }, "*", HttpStatusCode.Conflict)).Code);
        }

        using var final = await (await client.GetAsync($"/api/v1/follow-ups/{id}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("closed", final.RootElement.GetProperty("status").GetString());
        Assert.Equal(4, final.RootElement.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_list_query_is_a_problem_naming_its_field()
    {
        foreach (var (query, field) in new[] { ("status=done", "status"), ("overdue=maybe", "overdue"), ("unitId=x", "unitId"), ("sort=secret", "sort"), ("page=0", "page") })
        {
            var problem = await (await Client.GetAsync($"/api/v1/follow-ups?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Errors!.ContainsKey(field), $"{query}: {string.Join(", ", problem.Errors.Keys)}");
        }
    }
}
