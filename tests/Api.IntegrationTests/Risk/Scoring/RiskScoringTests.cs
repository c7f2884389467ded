using System.Net;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Rosters;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Risk.Scoring;

/// <summary>
/// Re-scoring the roster with a model the real engine trained: every active target gets a probability and a tier by
/// the cut-offs, in bulk, as one audited operation with its counts per move; the explanation, the distribution, the
/// cut-offs' rules, a cancelled scoring, and a tier set by hand or by an import dropping the model's provenance.
/// </summary>
public sealed class RiskScoringTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly SemaphoreSlim TrainOnce = new(1, 1);
    private static RiskModelFile? _model;

    private async Task<RiskModelFile> ModelAsync()
    {
        await TrainOnce.WaitAsync();
        try
        {
            return _model ??= await RiskScoringWorld.TrainAsync(Fixture.Factory.Services.GetRequiredService<IRiskModelEngine>());
        }
        finally
        {
            TrainOnce.Release();
        }
    }

    private async Task<RescoreOutcome> RescoreAsync(RiskModelFile model, IProgress<RiskJobProgress>? progress = null, CancellationToken ct = default)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await RiskScoringWorld.Rescorer(scope.ServiceProvider, model).RescoreAsync(Guid.NewGuid(), model.Id, progress, ct);
    }

    private async Task<Dictionary<string, (RiskTier? Tier, double? Score, int? Version)>> TargetsAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Targets.AsNoTracking()
            .ToDictionaryAsync(t => t.Code, t => (t.RiskTier, t.RiskScore, t.RiskModelVersion));
    }

    /// <summary>The moves as counted by hand from the tiers before and after.</summary>
    private static List<RiskTierMoveDto> Moves(
        Dictionary<string, (RiskTier? Tier, double? Score, int? Version)> before, Dictionary<string, (RiskTier? Tier, double? Score, int? Version)> after,
        IEnumerable<string> active) =>
        [.. active.GroupBy(c => (before[c].Tier, FromModel: before[c].Version is not null, To: after[c].Tier!.Value))
            .Select(g => new RiskTierMoveDto(g.Key.Tier, g.Key.FromModel, g.Key.To, g.LongCount(), g.Key.Tier != g.Key.To))
            .OrderBy(m => m.From.HasValue).ThenBy(m => m.From).ThenBy(m => m.FromModel).ThenBy(m => m.To)];

    [Fact]
    public async Task A_rescore_tiers_every_active_target_by_quantiles_in_one_audited_operation()
    {
        var model = await ModelAsync();
        // 40 active targets: 10 unrated, the rest A–D by hand; 2 retired ones keep what they have.
        var active = await RiskScoringWorld.SeedAsync(Fixture.Factory.Services, 40, i => i < 10 ? null : (RiskTier)(i % 4), retired: 2);
        var before = await TargetsAsync();
        var auditBefore = (await Client.EntriesAsync()).Count;

        var outcome = await RescoreAsync(model);

        var after = await TargetsAsync();
        Assert.Equal(40, outcome.TargetsScored);
        Assert.All(active, c => Assert.True(after[c] is { Score: > 0 and < 1, Version: RiskScoringWorld.ModelVersion, Tier: not null }));
        Assert.Equal(before["R040"], after["R040"]);
        Assert.Equal(before["R041"], after["R041"]);

        // Default cut-offs, quantiles 50/80/95 %: with 40 distinct scores 20 A, 12 B, 6 C, 2 D, in score order.
        var scores = active.Select(c => after[c].Score!.Value).ToList();
        Assert.Equal(40, scores.Distinct().Count());
        Assert.Equal([20, 12, 6, 2], new[] { RiskTier.A, RiskTier.B, RiskTier.C, RiskTier.D }.Select(t => active.Count(c => after[c].Tier == t)));
        var ordered = active.OrderBy(c => after[c].Score).Select(c => after[c].Tier!.Value).ToList();
        Assert.Equal(ordered.Order(), ordered);

        // The counts per move, as counted by hand, and the one audit entry of the operation holding them.
        using var rescore = await (await Client.GetAsync($"/api/v1/risk/rescores/{outcome.RescoreId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var moves = rescore.RootElement.GetProperty("moves").Deserialize<List<RiskTierMoveDto>>(JsonOptions)!;
        Assert.Equal(Moves(before, after, active), moves);
        Assert.Equal(outcome.Moves, moves.Where(m => m.Changed).Sum(m => m.Count));
        Assert.Equal(RiskScoringWorld.ModelVersion, rescore.RootElement.GetProperty("modelVersion").GetInt32());
        Assert.Equal("quantiles", rescore.RootElement.GetProperty("cutoffMode").GetString());
        var entries = await Client.EntriesAsync();
        var added = Assert.Single(entries.Skip(auditBefore));
        Assert.Equal(("create", "RiskRescore", outcome.RescoreId.ToString("D")), (added.Action, added.EntityType, added.EntityId));
        Assert.Contains("unrated→", added.After!.Value.GetProperty("moves").ToString(), StringComparison.Ordinal);

        // The list, the distribution and a second scoring with the same model (its features now hold the new tiers;
        // quantiles keep 20 A: drift 0).
        using var list = await (await Client.GetAsync("/api/v1/risk/rescores?page=1&pageSize=5")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(1, list.RootElement.GetProperty("totalCount").GetInt32());
        var second = await RescoreAsync(model);
        Assert.Equal(40, second.TargetsScored);
        using var reader = Fixture.Factory.CreateClientAs("risk-reader", ["supervisor"]);
        using var tiers = await (await reader.GetAsync("/api/v1/risk/tiers")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(40, tiers.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(40, tiers.RootElement.GetProperty("fromModel").GetInt64());
        Assert.Equal(second.RescoreId, tiers.RootElement.GetProperty("lastRescoreId").GetGuid());
        var a = tiers.RootElement.GetProperty("tiers").EnumerateArray().First();
        Assert.Equal(("A", 20, 0.5, 0.0), (a.GetProperty("tier").GetString(), a.GetProperty("count").GetInt32(), a.GetProperty("share").GetDouble(),
            a.GetProperty("shareDrift").GetDouble()));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/risk/rescores/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Fixture.Factory.CreateClientAs("risk-inspector", ["inspector"]).GetAsync("/api/v1/risk/tiers")).StatusCode);
    }

    [Fact]
    public async Task The_explanation_says_in_Chinese_or_English_what_raised_the_risk_and_a_target_never_scored_is_told_so()
    {
        var model = await ModelAsync();
        await RiskScoringWorld.SeedAsync(Fixture.Factory.Services, 12, _ => RiskTier.B);
        using var unscored = await (await Client.GetAsync("/api/v1/risk/targets/R000/explanation")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(unscored.RootElement.GetProperty("scored").GetBoolean());
        Assert.Equal("B", unscored.RootElement.GetProperty("tier").GetString());
        Assert.Contains("尚未由风险模型评分", unscored.RootElement.GetProperty("summary").GetString()!, StringComparison.Ordinal);

        var outcome = await RescoreAsync(model);
        using var analyst = Fixture.Factory.CreateClientAs("risk-analyst", ["analyst"]);
        // The riskiest of 12 is the one D (quantile 95 %).
        var riskiest = (await TargetsAsync()).MaxBy(t => t.Value.Score).Key;
        using var zh = await (await analyst.GetAsync($"/api/v1/risk/targets/{riskiest}/explanation")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var root = zh.RootElement;
        Assert.True(root.GetProperty("scored").GetBoolean());
        Assert.Equal(RiskScoringWorld.ModelVersion, root.GetProperty("modelVersion").GetInt32());
        Assert.Equal(outcome.RescoreId, root.GetProperty("rescoreId").GetGuid());
        Assert.Equal("D", root.GetProperty("tier").GetString());
        Assert.Equal(0.95, root.GetProperty("cutoffThird").GetDouble());
        var contributions = root.GetProperty("contributions").EnumerateArray().ToList();
        Assert.InRange(contributions.Count, 1, RiskRescorer.TopContributions);
        var magnitudes = contributions.Select(c => Math.Abs(c.GetProperty("contribution").GetDouble())).ToList();
        Assert.Equal(magnitudes.OrderDescending(), magnitudes);
        Assert.All(contributions, c => Assert.Matches("，风险(上升|下降)$", c.GetProperty("sentence").GetString()!));
        Assert.Contains(contributions, c => c.GetProperty("feature").GetString() is "ageYears" or "newBusiness"
            && c.GetProperty("sentence").GetString()!.StartsWith("成立", StringComparison.Ordinal));
        Assert.Contains("据此评为 D 级", root.GetProperty("summary").GetString()!, StringComparison.Ordinal);

        analyst.DefaultRequestHeaders.Add("Accept-Language", "en");
        using var en = await (await analyst.GetAsync($"/api/v1/risk/targets/{riskiest}/explanation")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.All(en.RootElement.GetProperty("contributions").EnumerateArray(),
            c => Assert.Matches(" — (raises|lowers) the risk$", c.GetProperty("sentence").GetString()!));
        Assert.Contains("tier D", en.RootElement.GetProperty("summary").GetString()!, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/v1/risk/targets/NOPE/explanation")).StatusCode);
        await (await analyst.GetAsync($"/api/v1/risk/targets/{new string('9', 65)}/explanation")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Threshold_cut_offs_put_each_target_where_its_score_says_and_are_audited()
    {
        var model = await ModelAsync();
        var active = await RiskScoringWorld.SeedAsync(Fixture.Factory.Services, 30, _ => null);
        // Twice: the tier is a feature too; from the second scoring on every target has a model tier and its score stays.
        await RescoreAsync(model);
        await RescoreAsync(model);
        var first = await TargetsAsync();
        var sorted = active.Select(c => first[c].Score!.Value).Order().ToList();
        // Thresholds between scores, chosen so every tier gets some.
        double Between(int i) => (sorted[i - 1] + sorted[i]) / 2;
        var (t1, t2, t3) = (Between(6), Between(15), Between(27));

        using (var read = await (await Client.GetAsync("/api/v1/risk/tier-cutoffs")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.True(read.RootElement.GetProperty("isDefault").GetBoolean());
        }

        var put = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/risk/tier-cutoffs")
        {
            Content = Http.JsonBody(JsonSerializer.Serialize(new { mode = "thresholds", first = t1, second = t2, third = t3 })),
            Headers = { { "If-Match", "\"0\"" } },
        });
        using (var set = await put.ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("\"1\"", put.Headers.ETag?.Tag);
            Assert.False(set.RootElement.GetProperty("isDefault").GetBoolean());
        }

        var audit = Assert.Single(await Client.EntriesAsync("&entityType=RiskTierCutoffs"));
        Assert.Equal("thresholds", audit.After!.Value.GetProperty("mode").GetString(), StringComparer.OrdinalIgnoreCase);
        var stale = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/risk/tier-cutoffs")
        {
            Content = Http.JsonBody("""{"mode":"quantiles","first":0.5,"second":0.8,"third":0.95}"""),
            Headers = { { "If-Match", "\"0\"" } },
        });
        Assert.Equal("stale-version", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var outcome = await RescoreAsync(model);
        var after = await TargetsAsync();
        Assert.All(active, c => Assert.Equal(RiskTierCutoffs.TierOf(after[c].Score!.Value, t1, t2, t3), after[c].Tier));
        Assert.Equal([6, 9, 12, 3], new[] { RiskTier.A, RiskTier.B, RiskTier.C, RiskTier.D }.Select(t => active.Count(c => after[c].Tier == t)));
        using var rescore = await (await Client.GetAsync($"/api/v1/risk/rescores/{outcome.RescoreId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(Moves(first, after, active), rescore.RootElement.GetProperty("moves").Deserialize<List<RiskTierMoveDto>>(JsonOptions));
        Assert.Equal(t1, rescore.RootElement.GetProperty("thresholdFirst").GetDouble());
    }

    public static TheoryData<string, string> BadCutoffs() => new()
    {
        { """{"mode":"quantiles","first":0,"second":0.8,"third":0.95}""", "first" },
        { """{"mode":"quantiles","first":0.5,"second":0.8,"third":1}""", "third" },
        { """{"mode":"quantiles","first":0.5,"second":0.5,"third":0.95}""", "second" },
        { """{"mode":"thresholds","first":0.5,"second":0.9,"third":0.8}""", "third" },
        { """{"mode":"quantiles","first":-0.1,"second":0.8,"third":0.95}""", "first" },
        { """{"first":0.1,"second":0.2,"third":0.3}""", "mode" },
        { """{"mode":"quantiles","second":0.2,"third":0.3}""", "first" },
    };

    [Theory]
    [MemberData(nameof(BadCutoffs))]
    public async Task Bad_cut_offs_are_400_naming_the_field_and_write_nothing(string body, string field)
    {
        var problem = await (await Client.PutAsync("/api/v1/risk/tier-cutoffs", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("risk_tier_cutoffs"));
    }

    [Fact]
    public async Task Malformed_cut_offs_and_callers_without_the_right_are_refused_and_write_nothing()
    {
        foreach (var body in new[]
        {
            "{\"mode\":\"quan\\u0000tiles\",\"first\":0.5,\"second\":0.8,\"third\":0.95}",
            """{"mode":"median","first":0.5,"second":0.8,"third":0.95}""",
            """{"mode":"quantiles","first":1e400,"second":0.8,"third":0.95}""",
        })
        {
            await (await Client.PutAsync("/api/v1/risk/tier-cutoffs", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        using var operatorClient = Fixture.Factory.CreateClientAs("risk-operator", ["operator"]);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await operatorClient.PutAsync("/api/v1/risk/tier-cutoffs", Http.JsonBody("""{"mode":"quantiles","first":0.5,"second":0.8,"third":0.95}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/v1/risk/tier-cutoffs")).StatusCode);
        await (await Client.GetAsync("/api/v1/risk/rescores?page=0")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await Fixture.CountRowsAsync("risk_tier_cutoffs"));
    }

    [Fact]
    public async Task A_rescore_cancelled_while_writing_leaves_nothing_half_written()
    {
        var model = await ModelAsync();
        await RiskScoringWorld.SeedAsync(Fixture.Factory.Services, 25, i => (RiskTier)(i % 4));
        var before = await TargetsAsync();
        using var cancel = new CancellationTokenSource();
        var stages = new List<RiskJobStage>();
        // The last report comes after the bulk update, before the re-score's record is saved and the transaction commits.
        var progress = new SynchronousProgress(p =>
        {
            stages.Add(p.Stage);
            if (p is { Stage: RiskJobStage.WritingScores, RowsDone: > 0 } && p.RowsDone == p.RowsTotal)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RescoreAsync(model, progress, cancel.Token));
        Assert.Contains(RiskJobStage.ReadingTargets, stages);
        Assert.Contains(RiskJobStage.Scoring, stages);
        Assert.Equal(before, await TargetsAsync());
        Assert.Equal(0, await Fixture.CountRowsAsync("risk_rescores"));
        Assert.Equal(0, await Fixture.CountRowsAsync("target_risk_explanations"));
    }

    [Fact]
    public async Task A_tier_set_by_hand_or_by_an_import_drops_the_model_score_and_version()
    {
        var model = await ModelAsync();
        await Client.SeedOrganizationAsync();
        var byHand = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1), tier: "A"));
        var byImport = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(2), tier: "A"));
        var kept = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(3), tier: "A"));
        await RescoreAsync(model);
        var scored = await (await Client.GetAsync($"/api/v1/targets/{byHand.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.NotNull(scored.RiskScore);
        Assert.Equal(RiskScoringWorld.ModelVersion, scored.RiskModelVersion);

        // Through the API: another tier clears them; the same tier keeps them.
        var body = JsonSerializer.SerializeToNode(RosterApi.TargetBody(RosterApi.Code(1), tier: scored.RiskTier == "D" ? "A" : "D"))!.AsObject();
        body.Remove("code");
        body["version"] = scored.Version;
        var edited = await (await Client.PutAsync($"/api/v1/targets/{byHand.Id}", Http.JsonBody(body.ToJsonString()))).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.Equal((null, null), (edited.RiskScore, edited.RiskModelVersion));

        // Through an import: a changed tier clears them, recorded so in the target's audit entry.
        var current = await (await Client.GetAsync($"/api/v1/targets/{byImport.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        var keptBefore = await (await Client.GetAsync($"/api/v1/targets/{kept.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        var newTier = current.RiskTier == "D" ? "A" : "D";
        var csv = $"name,Code,regionCode,riskTier,kind\n甲公司,{RosterApi.Code(2)},640104,{newTier},enterprise\n";
        var job = await Client.ImportAsync("targets", Encoding.UTF8.GetBytes(csv), "risk.csv");
        Assert.Equal("succeeded", job.Status);
        var imported = await (await Client.GetAsync($"/api/v1/targets/{byImport.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.Equal((newTier, (double?)null, (int?)null), (imported.RiskTier, imported.RiskScore, imported.RiskModelVersion));
        var entry = (await Client.EntriesAsync($"&entityType=Target&entityId={byImport.Id}")).Last();
        Assert.Equal(JsonValueKind.Null, entry.After!.Value.GetProperty("riskScore").ValueKind);
        var untouched = await (await Client.GetAsync($"/api/v1/targets/{kept.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.Equal((keptBefore.RiskScore, keptBefore.RiskModelVersion), (untouched.RiskScore, untouched.RiskModelVersion));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>The target as these tests read it (tiers as their letters).</summary>
    private sealed record TargetDto(Guid Id, string? RiskTier, double? RiskScore, int? RiskModelVersion, int Version);

    private sealed class SynchronousProgress(Action<RiskJobProgress> report) : IProgress<RiskJobProgress>
    {
        public void Report(RiskJobProgress value) => report(value);
    }
}
