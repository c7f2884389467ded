using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>§8: a drawn target no group could take (recusals) is placed by an approved amendment.</summary>
public sealed class PlacementTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_target_DR1_left_unassigned_is_placed_by_an_approved_amendment_into_a_group_without_conflict()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 20);
        await s.CreateSupervisorAsync();
        // Every leader must recuse from T0001, so no group can take it.
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var number in new[] { "O001", "O002", "O003", "O004" })
            {
                db.Recusals.Add(Recusal.Create(s.Officers[number], "T0001", RecusalReason.Kinship, null, new DateOnly(2020, 1, 1), null, "test"));
            }

            await db.SaveChangesAsync();
        }

        var item = await s.CreateItemAsync();
        var (_, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, ratioBp: 10000));
        var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("T0001", result.RootElement.GetProperty("unassigned")[0].GetProperty("code").GetString());

        var conflicted = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments", new { kind = "placeTarget", groupNumber = 1, targetCode = "T0001" });
        Assert.Equal("officer-conflicted", (await conflicted.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var notUnassigned = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments", new { kind = "placeTarget", groupNumber = 1, targetCode = "T0002" });
        Assert.Equal("target-not-unassigned", (await notUnassigned.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // The recusals of group 1's officers are lifted (the registry changes); the placement is then allowed.
        var groupOne = result.RootElement.GetProperty("groups")[0].GetProperty("officers").EnumerateArray()
            .Select(o => o.GetProperty("officerId").GetGuid()).ToList();
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Recusals.RemoveRange(db.Recusals.Where(r => groupOne.Contains(r.OfficerId)));
            await db.SaveChangesAsync();
        }

        var placed = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments",
            new { kind = "placeTarget", groupNumber = 1, targetCode = "T0001", note = "回避解除" });
        using var amendment = await placed.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var leader = Fixture.Factory.CreateClientAs("leader-1", ["leader"], s.UnitId);
        (await leader.PostJsonAsync($"/api/v1/draws/{drawId}/amendments/{amendment.RootElement.GetProperty("id").GetGuid()}/decision", new { approve = true }))
            .EnsureSuccessStatusCode();
        var after = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, after.RootElement.GetProperty("unassigned").GetArrayLength());
        Assert.Contains(after.RootElement.GetProperty("groups")[0].GetProperty("targets").EnumerateArray(),
            t => t.GetProperty("code").GetString() == "T0001" && t.GetProperty("byAmendment").GetBoolean());
    }
}
