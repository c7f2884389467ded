using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// Which targets a task's scope freezes: PostgreSQL streams the rows with binary COPY and decodes them from the wire,
/// SQLite reads them through EF; both must decide every facet (kinds, statuses, region prefixes, industries,
/// departments, tags, the most specific stratum rule, a tier without a rule) the same way.
/// </summary>
public sealed class DrawScopeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_scope_facet_and_stratum_rule_is_applied_when_the_targets_are_read_on_PostgreSQL() =>
        await ScopeCases.CheckAsync(Fixture.Factory, Client);
}

/// <summary>The cases, run on each provider.</summary>
internal static class ScopeCases
{
    public static async Task CheckAsync(ApiFactory factory, HttpClient admin)
    {
        var s = new DrawScenario(factory, admin);
        await s.SeedAsync(targets: 0);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Add(db, "S01", TargetKind.Enterprise, "640104", "F", "51", ["amr"], ["连锁"], RiskTier.A);
            Add(db, "S02", TargetKind.Enterprise, "640105", "F", "52", ["amr", "fire"], [], RiskTier.B);
            Add(db, "S03", TargetKind.Enterprise, "640201", "G", "53", ["fire"], ["连锁"], RiskTier.A);
            Add(db, "S04", TargetKind.IndividualBusiness, "640104", "F", "51", ["amr"], [], null);
            Add(db, "S05", TargetKind.Enterprise, "640104", null, null, ["amr"], ["连锁"], RiskTier.D);
            Add(db, "S06", TargetKind.Enterprise, "640104", "F", "51", ["amr"], [], RiskTier.A, TargetStatus.Deregistered);
            Add(db, "S07", TargetKind.Enterprise, "640106", "F", "51", ["amr"], [], RiskTier.A);
            await db.SaveChangesAsync();
        }

        var item = await s.CreateItemAsync();

        // Region prefix, the most specific rule of a tier first (A:640104 before A), unrated (U), a tier without a rule (D).
        var byRegion = await FeasibilityAsync(s, item, new { regionPrefixes = new[] { "6401" } },
            [new { tier = "A", regionPrefix = "640104", count = 1 }, new { tier = "A", regionPrefix = (string?)null, count = 1 },
             new { tier = "B", regionPrefix = (string?)null, count = 1 }, new { tier = "U", regionPrefix = (string?)null, count = 1 }]);
        Assert.Equal(4, byRegion.Targets);
        Assert.Equal(1, byRegion.Excluded);
        Assert.Equal(
            new Dictionary<string, int> { ["A"] = 1, ["A:640104"] = 1, ["B"] = 1, ["U"] = 1 },
            byRegion.Strata);

        // Kinds and statuses.
        var byKind = await FeasibilityAsync(s, item, new { kinds = new[] { "individualBusiness" } }, [new { tier = "U", count = 1 }]);
        Assert.Equal(1, byKind.Targets);
        var byStatus = await FeasibilityAsync(s, item, new { statuses = new[] { "deregistered" } }, [new { tier = "A", count = 1 }]);
        Assert.Equal(1, byStatus.Targets);

        // Industry section or division, department, tag (ordinal, whole entries: "连锁" but not a part of another tag).
        var byIndustry = await FeasibilityAsync(s, item, new { industries = new[] { "52", "G" } }, [new { tier = "A", count = 1 }, new { tier = "B", count = 1 }]);
        Assert.Equal(2, byIndustry.Targets);
        var byDepartment = await FeasibilityAsync(s, item, new { departments = new[] { "fire" } }, [new { tier = "A", count = 1 }, new { tier = "B", count = 1 }]);
        Assert.Equal(2, byDepartment.Targets);
        var byTag = await FeasibilityAsync(s, item, new { tags = new[] { "连锁" } }, [new { tier = "A", count = 1 }]);
        Assert.Equal(2, byTag.Targets);
        Assert.Equal(1, byTag.Excluded);
        var byTagPart = await FeasibilityAsync(s, item, new { tags = new[] { "连" } }, [new { tier = "A", count = 1 }]);
        Assert.Equal(0, byTagPart.Targets);
    }

    private static void Add(
        AppDbContext db, string code, TargetKind kind, string region, string? section, string? division, string[] departments, string[] tags,
        RiskTier? tier, TargetStatus status = TargetStatus.Active) =>
        db.Targets.Add(Target.Create(code, kind, new TargetDetails(
            $"企业{code}", null, null, region, section, division, departments, null, null, status, tier, null, tags, null)));

    private static async Task<(int Targets, int Excluded, Dictionary<string, int> Strata)> FeasibilityAsync(
        DrawScenario s, Guid item, object targetScope, object[] strata)
    {
        var task = await s.CreateTaskAsync(new
        {
            year = 2026, name = "范围测试", itemIds = new[] { item }, targetScope, strata,
            groups = 1, officersPerGroup = 2, targetsPerGroup = 10, minCertifiedPerGroup = 1,
        });
        var response = await s.Operator.PostAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/feasibility", null);
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var root = json.RootElement;
        return (root.GetProperty("targets").GetInt32(), root.GetProperty("excludedTargets").GetInt32(),
            root.GetProperty("strata").EnumerateArray()
                .Where(x => x.GetProperty("population").GetInt32() > 0)
                .ToDictionary(x => x.GetProperty("stratum").GetString()!, x => x.GetProperty("population").GetInt32()));
    }
}
