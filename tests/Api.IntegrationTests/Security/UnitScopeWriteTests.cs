using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>
/// Issue 11 §2: writes follow the scope of reads. Users of another unit, with a supervisor of their own unit, could
/// execute, close, prepare, edit, copy and amend the tasks and draws they get 404 for. The endpoint-by-endpoint sweep
/// is in <see cref="AuthorizationMatrixTests"/>; these are the stories.
/// </summary>
public sealed class UnitScopeWriteTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static object Confirm(Guid drawId, string supervisor) =>
        new { action = "draw.execute", subject = drawId.ToString(), userName = supervisor, password = Accounts.Password };

    [Fact]
    public async Task Operators_of_another_unit_cannot_get_a_confirmation_for_a_draw_nor_execute_it_even_holding_one()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var wzOperator = Fixture.Factory.CreateClientAs("wz-op", [Roles.Operator], w.Wuzhong);
        var before = await TwoUnitWorld.FingerprintAsync(Fixture);

        // Their own supervisor cannot confirm a draw they cannot see: 404, as for a draw that does not exist.
        var refused = await (await wzOperator.PostJsonAsync("/api/v1/auth/confirmations", Confirm(w.PreparedDrawId, "wz-sup")))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await wzOperator.PostJsonAsync("/api/v1/auth/confirmations", Confirm(Guid.NewGuid(), "wz-sup")))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(refused.Type, missing.Type);
        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));

        // Even a confirmation that somehow exists does not open the draw to them.
        Guid confirmation;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var supervisor = await db.Users.SingleAsync(u => u.UserName == "wz-sup");
            var granted = ActionConfirmation.Grant("draw.execute", w.PreparedDrawId.ToString(), supervisor, w.WuzhongOperatorId, DateTime.UtcNow, TimeSpan.FromMinutes(5));
            db.ActionConfirmations.Add(granted);
            await db.SaveChangesAsync();
            confirmation = granted.Id;
        }

        before = await TwoUnitWorld.FingerprintAsync(Fixture);
        await (await wzOperator.PostJsonAsync($"/api/v1/draws/{w.PreparedDrawId}/execute", new { entropy = "1-2-3-4-5-6", confirmationId = confirmation }))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));
        Assert.Equal(0, await Fixture.ScalarAsync($"SELECT count(*) FROM action_confirmations WHERE consumed_at_utc IS NOT NULL AND id = '{confirmation}'"));

        // Their unit's operator, with their unit's supervisor, still draws.
        var own = await w.Scenario.ExecuteAsync(w.PreparedDrawId, await w.Scenario.ConfirmAsync(w.PreparedDrawId));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_task_draws_officers_only_of_units_its_author_can_see()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var wzOperator = Fixture.Factory.CreateClientAs("wz-op", [Roles.Operator], w.Wuzhong);
        var item = await w.Scenario.CreateItemAsync();
        var before = await TwoUnitWorld.FingerprintAsync(Fixture);

        // Another unit's officers, or the whole bureau's (an empty list), are out of an operator of Wuzhong's reach.
        foreach (var units in new[] { new[] { w.Yinchuan }, new[] { w.Wuzhong, w.Yinchuan }, [] })
        {
            var refused = await (await wzOperator.PostJsonAsync("/api/v1/tasks", Draws.DrawScenario.TaskBody(item, officerUnitIds: units)))
                .ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("unit-out-of-scope", refused.Code);
        }

        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));

        // Their own unit's officers: created; moving the task to another unit's officers is refused and changes nothing.
        using var own = await (await wzOperator.PostJsonAsync("/api/v1/tasks", Draws.DrawScenario.TaskBody(item, officerUnitIds: [w.Wuzhong])))
            .ReadAsync<System.Text.Json.JsonDocument>(HttpStatusCode.Created);
        var id = own.RootElement.GetProperty("id").GetGuid();
        var version = own.RootElement.GetProperty("version").GetInt32();
        before = await TwoUnitWorld.FingerprintAsync(Fixture);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Draws.DrawScenario.TaskBody(item, officerUnitIds: [w.Yinchuan]))!.AsObject();
        body["version"] = version;
        await (await wzOperator.PutJsonAsync($"/api/v1/tasks/{id}", body)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));
    }

    [Fact]
    public async Task A_supervisor_confirms_only_draws_in_their_scope_and_only_draws_that_exist()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        var before = await TwoUnitWorld.FingerprintAsync(Fixture);

        // The operator sees the draw; the supervisor (another unit) does not: refused, 403 unit-out-of-scope.
        var outside = await (await w.Scenario.Operator.PostJsonAsync("/api/v1/auth/confirmations", Confirm(w.PreparedDrawId, "wz-sup")))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("unit-out-of-scope", outside.Code);

        // A bureau-wide requester is in scope everywhere, but not for a draw that does not exist, nor an unknown action.
        await (await Client.PostJsonAsync("/api/v1/auth/confirmations", Confirm(Guid.NewGuid(), "sup-1"))).ReadProblemAsync(HttpStatusCode.NotFound);
        // The OpenAPI document says so.
        var document = System.Text.Json.Nodes.JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        Assert.Contains("404", document["paths"]!["/api/v1/auth/confirmations"]!["post"]!["responses"]!.AsObject().Select(r => r.Key));
        var unknown = await (await Client.PostJsonAsync("/api/v1/auth/confirmations",
            new { action = "task.close", subject = w.TaskId.ToString(), userName = "sup-1", password = Accounts.Password })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("action", unknown.Errors!.Keys);
        var notAnId = await (await Client.PostJsonAsync("/api/v1/auth/confirmations",
            new { action = "draw.execute", subject = "draw-0001", userName = "sup-1", password = Accounts.Password })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("subject", notAnId.Errors!.Keys);
        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));

        // In scope for both: granted.
        (await w.Scenario.Operator.PostJsonAsync("/api/v1/auth/confirmations", Confirm(w.PreparedDrawId, "sup-1"))).EnsureSuccessStatusCode();
        Assert.Equal(2, await Fixture.CountRowsAsync("action_confirmations"));
    }

    [Fact]
    public async Task Closing_a_task_of_another_unit_reveals_nothing_and_the_task_stays_open()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var wzOperator = Fixture.Factory.CreateClientAs("wz-op", [Roles.Operator], w.Wuzhong);
        var before = await TwoUnitWorld.FingerprintAsync(Fixture);
        await (await wzOperator.PostAsync($"/api/v1/tasks/{w.TaskId}/close", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await wzOperator.PostAsync($"/api/v1/tasks/{w.TaskId}/copy", Http.JsonBody("{}"))).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));
        Assert.Equal(0, await Fixture.ScalarAsync("SELECT count(*) FROM draws WHERE revealed_at_utc IS NOT NULL"));
    }

    [Fact]
    public async Task Recusals_and_import_jobs_are_seen_and_changed_where_their_officer_and_uploader_are()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var wzKeeper = Fixture.Factory.CreateClientAs("wz-keeper", [Roles.RosterKeeper], w.Wuzhong);
        using var ycKeeper = Fixture.Factory.CreateClientAs("yc-keeper-2", [Roles.RosterKeeper], w.Yinchuan);
        var before = await TwoUnitWorld.FingerprintAsync(Fixture);

        // Lists hold only what is in scope.
        Assert.Equal(0, (await (await wzKeeper.GetAsync("/api/v1/recusals")).ReadAsync<Listing>(HttpStatusCode.OK)).TotalCount);
        Assert.Equal(1, (await (await ycKeeper.GetAsync("/api/v1/recusals")).ReadAsync<Listing>(HttpStatusCode.OK)).TotalCount);
        Assert.Equal(0, (await (await wzKeeper.GetAsync("/api/v1/import-jobs")).ReadAsync<Listing>(HttpStatusCode.OK)).TotalCount);
        Assert.Equal(1, (await (await ycKeeper.GetAsync("/api/v1/import-jobs")).ReadAsync<Listing>(HttpStatusCode.OK)).TotalCount);

        // By id: 404 outside, whether read, changed or deleted.
        await (await wzKeeper.GetAsync($"/api/v1/recusals/{w.RecusalId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await wzKeeper.PutJsonAsync($"/api/v1/recusals/{w.RecusalId}", new { reason = "other", note = "改", validFrom = "2026-01-01", version = 1 }))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        await (await wzKeeper.DeleteAsync($"/api/v1/recusals/{w.RecusalId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await wzKeeper.GetAsync($"/api/v1/import-jobs/{w.ImportJobId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await wzKeeper.GetAsync($"/api/v1/import-jobs/{w.ImportJobId}/report")).ReadProblemAsync(HttpStatusCode.NotFound);

        // A recusal for an officer of another unit reads as one for an officer that does not exist: the same field error.
        var body = new { targetCode = "T0002", reason = "kinship", validFrom = "2026-01-01" };
        var outside = await (await wzKeeper.PostJsonAsync("/api/v1/recusals", new { officerId = w.OfficerId, body.targetCode, body.reason, body.validFrom }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await wzKeeper.PostJsonAsync("/api/v1/recusals", new { officerId = Guid.NewGuid(), body.targetCode, body.reason, body.validFrom }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(unknown.Errors, outside.Errors);
        Assert.Equal(before, await TwoUnitWorld.FingerprintAsync(Fixture));

        // In scope: the same calls work.
        var report = await ycKeeper.GetAsync($"/api/v1/import-jobs/{w.ImportJobId}/report");
        report.EnsureSuccessStatusCode();
        Downloads.AssertNames(report, $"import-{w.ImportJobId:N}-report.csv", $"导入错误报告-{w.ImportJobId.ToString("N")[..8]}.csv");
        (await ycKeeper.PutJsonAsync($"/api/v1/recusals/{w.RecusalId}", new { reason = "other", note = "改", validFrom = "2026-01-01", version = 1 })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await ycKeeper.DeleteAsync($"/api/v1/recusals/{w.RecusalId}")).StatusCode);
    }

    private sealed record Listing(long TotalCount);
}
