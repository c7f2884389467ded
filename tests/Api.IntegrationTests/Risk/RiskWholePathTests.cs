using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// #16 as one capability, through the HTTP API only, as an analyst and an operator use it: a labelled history with λ,
/// a training job polled to its end, the versions listed and compared, one activated, a scoring job polled to its end,
/// the tier distribution and the re-score's moves of that version, the targets' scores, the explanation in Chinese and
/// English, a score-mode draw that records the version, the public draw and target check naming it, and the audit trail.
/// </summary>
public sealed class RiskWholePathTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task An_analyst_trains_activates_and_scores_and_an_operator_draws_by_score_with_the_model_version_public()
    {
        // A labelled history (240 targets R…, 2022–2025, λ by tier) and the draw roster (200 targets T…, officers, a supervisor).
        await RegistryWorld.SeedAsync(Fixture.Factory);
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client);
        const int roster = RegistryWorld.Targets + 200;
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);

        // Train twice (weighted, then unweighted): while the first job runs, a scoring is refused.
        var queued = await (await analyst.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var busy = await (await analyst.PostAsync("/api/v1/risk/scorings", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-job-running", busy.Code);
        var trained = await RegistryWorld.FinishedAsync(analyst, queued.GetProperty("id").GetString()!);
        Assert.Equal("succeeded", trained.GetProperty("status").GetString());
        var other = await RegistryWorld.TrainAsync(analyst, weighted: false);
        var (modelId, version) = (trained.GetProperty("modelId").GetString()!, trained.GetProperty("modelVersion").GetInt32());

        // List and compare, then activate the weighted one.
        var models = await (await analyst.GetAsync("/api/v1/risk/models")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(2, models.GetProperty("totalCount").GetInt32());
        var comparison = await (await analyst.GetAsync($"/api/v1/risk/models/comparison?first={modelId}&second={other.GetProperty("modelId").GetString()}"))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Contains(comparison.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("metric").GetString() == "auc");
        var active = await (await analyst.PostAsync($"/api/v1/risk/models/{modelId}/activation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.True(active.GetProperty("isActive").GetBoolean());

        // Score with the active version: the job's stages and counts reach GET /risk/jobs/{id}.
        var scoring = await (await analyst.PostAsync("/api/v1/risk/scorings", null)).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        Assert.Equal(version, scoring.GetProperty("modelVersion").GetInt32());
        var scored = await RegistryWorld.FinishedAsync(analyst, scoring.GetProperty("id").GetString()!);
        Assert.True(scored.GetProperty("status").GetString() == "succeeded", scored.ToString());
        Assert.Equal(("finished", roster, version), (scored.GetProperty("stage").GetString(), scored.GetProperty("rowsDone").GetInt32(),
            scored.GetProperty("modelVersion").GetInt32()));
        var rescoreId = scored.GetProperty("rescoreId").GetString();

        // The distribution comes from that version; the re-score lists its moves; the targets carry score and version.
        var tiers = await (await analyst.GetAsync("/api/v1/risk/tiers")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal((roster, roster, version), (tiers.GetProperty("total").GetInt32(), tiers.GetProperty("fromModel").GetInt32(),
            tiers.GetProperty("lastModelVersion").GetInt32()));
        Assert.Equal(rescoreId, tiers.GetProperty("lastRescoreId").GetString());
        var rescores = await (await analyst.GetAsync("/api/v1/risk/rescores")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var rescore = Assert.Single(rescores.GetProperty("items").EnumerateArray());
        Assert.Equal((rescoreId, version, roster), (rescore.GetProperty("id").GetString(), rescore.GetProperty("modelVersion").GetInt32(),
            rescore.GetProperty("targetsScored").GetInt32()));
        Assert.Equal(roster, rescore.GetProperty("moves").EnumerateArray().Sum(m => m.GetProperty("count").GetInt32()));
        var targets = await (await Client.GetAsync("/api/v1/targets?pageSize=50")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.All(targets.GetProperty("items").EnumerateArray(), t =>
        {
            Assert.InRange(t.GetProperty("riskScore").GetDouble(), 0, 1);
            Assert.Equal(version, t.GetProperty("riskModelVersion").GetInt32());
        });

        // Why is this target in its tier: in Chinese, and in English on request.
        var zh = await (await analyst.GetAsync("/api/v1/risk/targets/R0003/explanation")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.True(zh.GetProperty("scored").GetBoolean());
        Assert.Equal(version, zh.GetProperty("modelVersion").GetInt32());
        Assert.Contains($"风险模型第 {version} 版", zh.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(zh.GetProperty("contributions").EnumerateArray());
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/risk/targets/R0003/explanation");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await analyst.SendAsync(english)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.StartsWith($"Model version {version} predicts", en.GetProperty("summary").GetString(), StringComparison.Ordinal);

        // An operator's task in score mode: feasibility, prepare, confirm, execute; the draw records the version.
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(RiskWeightedDrawTests.ScoreTask(item));
        var taskId = task.GetProperty("id").GetGuid();
        var feasibility = await (await s.Operator.PostAsync($"/api/v1/tasks/{taskId}/feasibility", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var risk = feasibility.GetProperty("risk");
        Assert.Equal(("score", version, version, 0), (risk.GetProperty("weighting").GetString(), risk.GetProperty("modelVersionMin").GetInt32(),
            risk.GetProperty("modelVersionMax").GetInt32(), risk.GetProperty("unscoredTargets").GetInt32()));
        var drawId = (await s.PrepareAsync(taskId)).GetProperty("id").GetGuid();
        var executed = await (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(version, executed.GetProperty("risk").GetProperty("modelVersionMax").GetInt32());

        // Revealed: the public draw and the public target check name the model version.
        (await Client.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        using var anonymous = Fixture.Factory.CreateClient();
        var published = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("score", version), (published.GetProperty("risk").GetProperty("weighting").GetString(),
            published.GetProperty("risk").GetProperty("modelVersionMax").GetInt32()));
        var check = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T0007")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(version, check.GetProperty("riskModelVersion").GetInt32());
        Assert.Contains(version.ToString(System.Globalization.CultureInfo.InvariantCulture), check.GetProperty("riskSource").GetString(), StringComparison.Ordinal);

        // The audit trail: the activation and the one re-score, and no model bytes in any payload.
        var activations = await Client.EntriesAsync("&action=risk-model.activate");
        Assert.Equal(modelId, Assert.Single(activations).EntityId);
        Assert.Equal(rescoreId, Assert.Single(await Client.EntriesAsync("&entityType=RiskRescore")).EntityId);
        var file = await (await analyst.GetAsync($"/api/v1/risk/models/{modelId}/file")).Content.ReadAsByteArrayAsync();
        var fragment = Convert.ToBase64String(file.AsSpan(0, 48));
        var all = new List<AuditEntryView>();
        for (var page = 1; ; page++)
        {
            var entries = await Client.EntriesAsync($"&page={page}");
            all.AddRange(entries);
            if (entries.Count < 500)
            {
                break;
            }
        }

        Assert.DoesNotContain(all, e => e.EntityType == "RiskModelContent");
        Assert.DoesNotContain(all, e => $"{e.Before}{e.After}".Contains(fragment, StringComparison.Ordinal));
    }
}
