using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>DR1 §7.3: a draw whose officers cannot fill every need fails; it is kept, public and final.</summary>
public sealed class FailedDrawTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_draw_that_cannot_form_its_groups_is_sealed_as_failed_public_and_final_and_the_task_can_be_prepared_again()
    {
        // Feasibility passes (enough leaders, fire officers, certified officers), yet a group of two cannot hold a fire
        // officer and a second certified officer at once: the fire officers are not certified.
        var unit = BranchUnit.Create("YC", "银川市局", null, "640100");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Departments.AddRange(Department.Create("amr", "市场监管"), Department.Create("fire", "消防"));
            db.BranchUnits.Add(unit);
            for (var i = 1; i <= 6; i++)
            {
                var certified = i <= 4;
                db.Officers.Add(Officer.Create($"O{i}", new OfficerDetails($"执法员{i}", unit.Id, certified ? "amr" : "fire", OfficerStatus.Active, i <= 2,
                    null, ["food"], certified ? [new EnforcementCertificate("执法证", $"C{i}", new DateOnly(2020, 1, 1), new DateOnly(2099, 1, 1))] : [])));
            }

            for (var i = 1; i <= 10; i++)
            {
                db.Targets.Add(Target.Create($"T{i:00}", TargetKind.Enterprise, new TargetDetails(
                    $"企业{i}", null, null, "640104", null, null, [], null, null, TargetStatus.Active, RiskTier.C, null, [], null)));
            }

            await db.SaveChangesAsync();
        }

        await Accounts.CreateUserAsync(Client, "sup-1", ["supervisor"], unitId: unit.Id);
        var s = new DrawScenario(Fixture.Factory, Client).InUnit(unit.Id);
        var amr = await s.CreateItemAsync("amr");
        var fire = await s.CreateItemAsync("fire");
        var task = await s.CreateTaskAsync(new
        {
            year = 2026, name = "联合抽查", itemIds = new[] { amr, fire }, leadDepartmentCode = "amr",
            strata = new[] { new { tier = "C", count = 4 } }, groups = 2, officersPerGroup = 2, targetsPerGroup = 5, minCertifiedPerGroup = 2,
        });
        var taskId = task.GetProperty("id").GetGuid();
        var feasibility = await (await s.Operator.PostAsync($"/api/v1/tasks/{taskId}/feasibility", null)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.True(feasibility.RootElement.GetProperty("feasible").GetBoolean(), feasibility.RootElement.GetRawText());

        var drawId = (await s.PrepareAsync(taskId)).GetProperty("id").GetGuid();
        using var failed = await (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("failed", failed.RootElement.GetProperty("status").GetString());
        Assert.Equal("insufficient-officers", failed.RootElement.GetProperty("failure").GetString());
        Assert.Equal(0, await Fixture.CountRowsAsync("draw_selections"));

        var anonymous = Fixture.Factory.CreateClient();
        var published = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("failed", published.RootElement.GetProperty("status").GetString());
        Assert.Equal("draw-already-executed", (await (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // A new draw needs a new prepare (new s, new C); the failed one stays on record.
        var second = await s.PrepareAsync(taskId);
        Assert.NotEqual(drawId, second.GetProperty("id").GetGuid());
        Assert.Equal(2, await Fixture.CountRowsAsync("draws"));
    }
}
