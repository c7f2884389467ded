using System.Net;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// #16, how risk feeds the draw: a score-mode task weighs each target by α·m + (1−α)·p within its stratum (unscored
/// targets take the mean m), every λ stays at or above α·n/N, high scores are drawn more often, and the draw, its
/// feasibility, the public draw and the public target check say which mode, α and model version were used.
/// </summary>
public sealed class RiskWeightedDrawTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const int Alpha = 2000;

    /// <summary>Scores as a model scoring writes them (Target.SetModelRisk); every tenth target is left unscored.</summary>
    internal static async Task<Dictionary<string, double>> ScoreAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in await db.Targets.OrderBy(t => t.Code).ToListAsync())
        {
            var i = int.Parse(t.Code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            if (i % 10 == 0)
            {
                continue;
            }

            var p = 0.01 + (i * 37 % 100) / 110.0;
            t.SetModelRisk(p, t.RiskTier!.Value, i % 7 == 0 ? 8 : 7);
            scores[t.Code] = p;
        }

        await db.SaveChangesAsync();
        return scores;
    }

    internal static object ScoreTask(Guid item, int uniformShareBp = Alpha) => new
    {
        year = 2026, name = "2026年按风险分值抽查", itemIds = new[] { item }, officerUnitIds = Array.Empty<Guid>(),
        targetScope = new { regionPrefixes = new[] { "6401" } },
        strata = new object[]
        {
            new { tier = "A", ratioBp = 2000 }, new { tier = "B", ratioBp = 2000 }, new { tier = "C", ratioBp = 2000 }, new { tier = "D", ratioBp = 2000 },
        },
        groups = 3, officersPerGroup = 3, targetsPerGroup = 30, minCertifiedPerGroup = 2, allowOverlap = true,
        disclosureDate = "2026-12-31", riskWeighting = "score", uniformShareBp,
    };

    private Task<(Dr1Input Input, Draw Draw, List<DrawSelection> Selections)> StoredAsync(Guid drawId) => StoredAsync(Fixture.Factory, drawId);

    /// <summary>The frozen input of a draw as stored (targets with their weights, officers), the draw row and its selections.</summary>
    internal static async Task<(Dr1Input Input, Draw Draw, List<DrawSelection> Selections)> StoredAsync(ApiFactory factory, Guid drawId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var draw = await db.Draws.AsNoTracking().SingleAsync(d => d.Id == drawId);
        var snapshots = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId).ToDictionaryAsync(s => s.Kind);
        var targets = SnapshotCodec.DecodeTargets(snapshots[SnapshotKind.Targets].Data, snapshots[SnapshotKind.Targets].LeafCount)!;
        var officers = SnapshotCodec.Decode(snapshots[SnapshotKind.Officers].Data)
            .Select(l => Leaves.TryParseOfficer(l, out var o) ? o! : throw new FormatException(l)).ToList();
        using var parameters = JsonDocument.Parse(draw.ParametersJson);
        var input = new Dr1Input(Dr1ParametersJson.Read(parameters.RootElement), targets, officers, []);
        var selections = await db.DrawSelections.AsNoTracking().Where(s => s.DrawId == drawId).ToListAsync();
        return (input, draw, selections);
    }

    [Fact]
    public async Task A_score_mode_draw_weighs_by_the_mixture_keeps_every_lambda_above_the_uniform_floor_and_says_which_model_was_used()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client);
        var scores = await ScoreAsync(Fixture.Factory);
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(ScoreTask(item));
        var taskId = task.GetProperty("id").GetGuid();
        Assert.Equal("score", task.GetProperty("settings").GetProperty("riskWeighting").GetString());
        Assert.Equal(Alpha, task.GetProperty("settings").GetProperty("uniformShareBp").GetInt32());

        // Feasibility: the mode, α, the model versions and each stratum's smallest λ (never below α·n/N).
        using var feasibility = await (await s.Operator.PostAsync($"/api/v1/tasks/{taskId}/feasibility", null)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var risk = feasibility.RootElement.GetProperty("risk");
        Assert.Equal("score", risk.GetProperty("weighting").GetString());
        Assert.Equal(Alpha, risk.GetProperty("uniformShareBp").GetInt32());
        Assert.Equal(7, risk.GetProperty("modelVersionMin").GetInt32());
        Assert.Equal(8, risk.GetProperty("modelVersionMax").GetInt32());
        Assert.Equal(scores.Count, risk.GetProperty("modelTargets").GetInt32());
        Assert.Equal(200 - scores.Count, risk.GetProperty("unscoredTargets").GetInt32());
        var lambdas = feasibility.RootElement.GetProperty("lambdas").EnumerateArray().ToList();
        Assert.Equal(4, lambdas.Count);
        Assert.All(lambdas, l => Assert.True(l.GetProperty("minimumLambda").GetDouble() >= l.GetProperty("floor").GetDouble()));

        var drawId = (await s.PrepareAsync(taskId)).GetProperty("id").GetGuid();
        using var executed = await (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("score", executed.RootElement.GetProperty("risk").GetProperty("weighting").GetString());

        var (input, draw, selections) = await StoredAsync(drawId);
        Assert.Equal(new DrawRiskUse(Domain.Tasks.RiskWeighting.Score, Alpha, 7, 8, scores.Count, 200 - scores.Count), draw.RiskUse());
        foreach (var stratum in input.Targets.GroupBy(t => t.Stratum, StringComparer.Ordinal))
        {
            var leaves = stratum.ToList();
            var p = leaves.Select(l => scores.TryGetValue(l.Code, out var v) ? v : double.NaN).ToList();
            var mean = p.Where(x => !double.IsNaN(x)).Average();

            // The weights are the mixture's, scaled to at most 1,000,000; an unscored target weighs what the mean weighs.
            Assert.Equal(ScoreWeights.Of(p, Alpha), leaves.Select(l => l.Weight));
            Assert.True(leaves.Max(l => l.Weight) <= 1_000_000);
            var top = leaves.MaxBy(l => l.Weight);
            for (var k = 0; k < leaves.Count; k++)
            {
                var expected = (0.2 * mean + 0.8 * (double.IsNaN(p[k]) ? mean : p[k])) / (0.2 * mean + 0.8 * p.Where(x => !double.IsNaN(x)).Max());
                Assert.Equal(expected, leaves[k].Weight / (double)top.Weight, 3);
            }

            // λ of every target of the stratum, as the sealed result records it, is at least α·n/N.
            var size = draw.Strata().Single(x => x.Stratum == stratum.Key);
            var lambda = ParetoSampler.InclusionProbabilities([.. leaves.Select(l => l.Weight)], size.SampleSize);
            var floor = Alpha / 10_000.0 * size.SampleSize / size.Population;
            Assert.All(lambda, l => Assert.True(l >= floor, $"λ = {l} < α·n/N = {floor} in {stratum.Key}"));
            foreach (var selected in selections.Where(x => x.Stratum == stratum.Key))
            {
                Assert.Equal(lambda[leaves.FindIndex(l => l.Code == selected.TargetCode)], selected.Lambda, 12);
                Assert.True(selected.Lambda >= floor);
            }
        }

        // Over many draws of the same frozen snapshot (fixed secrets: no chance in the test), high scores are drawn
        // more often than low ones, and the lowest are still drawn.
        var drawn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < 300; k++)
        {
            var result = Dr1Engine.Run(input, System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"secret {k}")), $"entropy {k}");
            Assert.True(result.Succeeded);
            foreach (var t in result.Targets)
            {
                drawn[t.Code] = drawn.GetValueOrDefault(t.Code) + 1;
            }
        }

        var ranked = scores.OrderBy(x => x.Value).Select(x => drawn.GetValueOrDefault(x.Key)).ToList();
        var quarter = ranked.Count / 4;
        var low = ranked.Take(quarter).Average();
        var high = ranked.TakeLast(quarter).Average();
        Assert.True(high > 2.5 * low, $"high-score targets drawn {high} times on average, low-score ones {low}");
        Assert.True(ranked.Take(quarter).All(n => n > 0), "every low-score target keeps being drawn sometimes");

        // After the reveal: the public draw and the public target check name the mode, α and the model version.
        (await Client.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        var anonymous = Fixture.Factory.CreateClient();
        using var published = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var publishedRisk = published.RootElement.GetProperty("risk");
        Assert.Equal("score", publishedRisk.GetProperty("weighting").GetString());
        Assert.Equal(Alpha, publishedRisk.GetProperty("uniformShareBp").GetInt32());
        Assert.Equal(8, publishedRisk.GetProperty("modelVersionMax").GetInt32());

        await ResetScoresAsync();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var scored = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T0007")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(8, scored.RootElement.GetProperty("riskModelVersion").GetInt32());
        Assert.Contains("model version 8", scored.RootElement.GetProperty("riskSource").GetString(), StringComparison.Ordinal);
        Assert.Contains("uniform share α = 20 %", scored.RootElement.GetProperty("riskSource").GetString(), StringComparison.Ordinal);
        using var other = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T0003")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(7, other.RootElement.GetProperty("riskModelVersion").GetInt32());
        using var unscored = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T0010")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, unscored.RootElement.GetProperty("riskModelVersion").ValueKind);
        Assert.Contains("not by a model", unscored.RootElement.GetProperty("riskSource").GetString(), StringComparison.Ordinal);

        // The versions snapshot is indexed like the targets snapshot: the anonymous check reads one member, not the whole list.
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var versions = await db.DrawSnapshots.AsNoTracking().SingleAsync(x => x.DrawId == drawId && x.Kind == SnapshotKind.RiskVersions);
        Assert.Equal(scores.Count, versions.LeafCount);
        var member = SnapshotCodec.MemberOf(Assert.IsType<string>(versions.MemberIndex), versions.Data.Length, "T0007")!.Value;
        var slice = await scope.ServiceProvider.GetRequiredService<IDrawStore>()
            .ReadSnapshotSliceAsync(drawId, SnapshotKind.RiskVersions, member.Offset, member.Length, CancellationToken.None);
        Assert.Equal(8, SnapshotCodec.FindVersion(slice!, "T0007"));
        Assert.Null(SnapshotCodec.FindVersion(slice!, "T0010"));

        // Append-only like every snapshot: the claim "the tier came from model version X" cannot be rewritten afterwards.
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Fixture.ScalarAsync(
            $"UPDATE draw_snapshots SET data = data WHERE draw_id = '{drawId}' AND kind = 'RiskVersions' RETURNING 1"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Fixture.ScalarAsync(
            $"DELETE FROM draw_snapshots WHERE draw_id = '{drawId}' AND kind = 'RiskVersions' RETURNING 1"));
    }

    /// <summary>The roster moves on after the draw (a tier set by hand clears the model's score and version).</summary>
    private async Task ResetScoresAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Targets.ExecuteUpdateAsync(t => t.SetProperty(x => x.RiskModelVersion, (int?)null).SetProperty(x => x.RiskScore, (double?)null));
    }

    [Fact]
    public async Task A_tier_mode_draw_keeps_the_target_weights_and_records_the_model_versions_of_the_tiers()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client);
        var scores = await ScoreAsync(Fixture.Factory);
        var (_, drawId, sealedDraw) = await s.SealedDrawAsync();
        var risk = sealedDraw.GetProperty("risk");
        Assert.Equal("tier", risk.GetProperty("weighting").GetString());
        Assert.Equal(1000, risk.GetProperty("uniformShareBp").GetInt32());
        Assert.Equal(scores.Count, risk.GetProperty("modelTargets").GetInt32());
        var (input, _, _) = await StoredAsync(drawId);
        Assert.All(input.Targets, t => Assert.Equal(1, t.Weight));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public async Task A_uniform_share_out_of_range_is_a_400_on_the_field_and_nothing_is_written(int uniformShareBp)
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client, targets: 8);
        var item = await s.CreateItemAsync();
        var problem = await (await s.Operator.PostJsonAsync("/api/v1/tasks", ScoreTask(item, uniformShareBp))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors!.ContainsKey("uniformShareBp"), string.Join(", ", problem.Errors.Keys));
        using var tasks = await (await Client.GetAsync("/api/v1/tasks")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, tasks.RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_count_stratum_of_zero_is_a_400_on_its_count_and_nothing_is_written()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client, targets: 8);
        var item = await s.CreateItemAsync();
        var body = new
        {
            year = 2026, name = "2026年按数量抽查", itemIds = new[] { item }, officerUnitIds = Array.Empty<Guid>(),
            strata = new object[] { new { tier = "A", count = 0 }, new { tier = "B", count = 1 }, new { tier = "C", count = 1 }, new { tier = "D", count = 1 } },
            groups = 1, officersPerGroup = 2, targetsPerGroup = 3, allowOverlap = true, disclosureDate = "2026-12-31",
        };
        var problem = await (await s.Operator.PostJsonAsync("/api/v1/tasks", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var key = Assert.Single(problem.Errors!.Keys);
        Assert.Equal("strata[0].count", key, ignoreCase: true);
        using var tasks = await (await Client.GetAsync("/api/v1/tasks")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, tasks.RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Feasibility_lists_a_tier_in_scope_without_a_stratum_with_lambda_zero()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client, targets: 40);
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(new
        {
            year = 2026, name = "2026年只抽 A、B 级", itemIds = new[] { item }, officerUnitIds = Array.Empty<Guid>(),
            strata = new object[] { new { tier = "A", ratioBp = 5000 }, new { tier = "B", ratioBp = 5000 } },
            groups = 1, officersPerGroup = 2, targetsPerGroup = 20, allowOverlap = true, disclosureDate = "2026-12-31",
        });
        using var feasibility = await (await s.Operator.PostAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/feasibility", null))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var lambdas = feasibility.RootElement.GetProperty("lambdas").EnumerateArray()
            .ToDictionary(l => l.GetProperty("stratum").GetString()!, StringComparer.Ordinal);
        Assert.Equal(["A", "B", "C", "D"], lambdas.Keys.Order(StringComparer.Ordinal));
        Assert.True(lambdas["A"].GetProperty("minimumLambda").GetDouble() > 0);
        foreach (var tier in new[] { "C", "D" })
        {
            Assert.Equal(10, lambdas[tier].GetProperty("population").GetInt32());
            Assert.Equal(0, lambdas[tier].GetProperty("sampleSize").GetInt32());
            Assert.Equal(0, lambdas[tier].GetProperty("minimumLambda").GetDouble());
        }
    }

    [Fact]
    public async Task A_tier_stratum_below_the_minimum_ratio_is_a_400_on_its_ratio()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client, targets: 8);
        var item = await s.CreateItemAsync();

        // Draws:MinimumTierRatioBp is 100 by default: tier A at 0.5 % (50 basis points) would leave it nearly uninspected.
        var problem = await (await s.Operator.PostJsonAsync("/api/v1/tasks", DrawScenario.TaskBody(item, ratioBp: 100))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var key = Assert.Single(problem.Errors!.Keys);
        Assert.Equal("strata[0].ratioBp", key, ignoreCase: true);
        Assert.Contains("Draws:MinimumTierRatioBp", problem.Errors[key][0], StringComparison.Ordinal);
        await s.CreateTaskAsync(DrawScenario.TaskBody(item, ratioBp: 200));
    }
}
