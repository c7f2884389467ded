using DoubleRandom.Api.IntegrationTests.Audit;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>Prepare → execute → seal → reveal → verify, and what the public sees at each step.</summary>
public sealed class DrawFlowTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private Task<DrawScenario> ScenarioAsync(int officers = 12, int targets = 200) =>
        DrawScenario.StartAsync(Fixture.Factory, Client, officers, targets);

    [Fact]
    public async Task A_prepared_draw_publishes_its_commitment_at_once_and_names_no_target()
    {
        var s = await ScenarioAsync();
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(DrawScenario.TaskBody(item));
        var draw = await s.PrepareAsync(task.GetProperty("id").GetGuid());
        Assert.Equal("prepared", draw.GetProperty("status").GetString());
        Assert.Equal(64, draw.GetProperty("commitment").GetString()!.Length);

        var anonymous = Fixture.Factory.CreateClient();
        var list = await (await anonymous.GetAsync("/api/v1/public/draws")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var published = list.RootElement.GetProperty("items")[0];
        Assert.Equal(draw.GetProperty("commitment").GetString(), published.GetProperty("commitment").GetString());
        Assert.Equal(4, published.GetProperty("strata").GetArrayLength());
        Assert.True(published.GetProperty("secret").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain("T0001", list.RootElement.GetRawText(), StringComparison.Ordinal);

        var id = draw.GetProperty("id").GetGuid();
        Assert.Equal("draw-not-revealed", (await (await anonymous.GetAsync($"/api/v1/public/draws/{id}/bundle")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("draw-not-revealed", (await (await anonymous.GetAsync($"/api/v1/public/draws/{id}/targets/T0001")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_one_click_draw_seals_groups_and_targets_and_after_reveal_anyone_can_verify_it()
    {
        var s = await ScenarioAsync();
        var (taskId, drawId, sealedDraw) = await s.SealedDrawAsync();
        Assert.Equal("sealed", sealedDraw.GetProperty("status").GetString());
        Assert.Equal("sup-1", sealedDraw.GetProperty("supervisedBy").GetString());
        var digest = sealedDraw.GetProperty("resultDigest").GetString();

        var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var groups = result.RootElement.GetProperty("groups");
        Assert.Equal(3, groups.GetArrayLength());
        foreach (var group in groups.EnumerateArray())
        {
            Assert.Equal(3, group.GetProperty("officers").GetArrayLength());
            Assert.True(group.GetProperty("officers")[0].GetProperty("leader").GetBoolean());
        }

        // Reading the named result before reveal is itself recorded (§6.2.3).
        var reads = await Client.EntriesAsync($"&action=read&entityType=Draw&entityId={drawId}");
        Assert.Equal("result read before reveal", Assert.Single(reads).Reason);

        var anonymous = Fixture.Factory.CreateClient();
        Assert.Equal("draw-not-revealed", (await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/result")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // Closing the task reveals its draws.
        (await Client.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        var bundleResponse = await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/bundle");
        using var publicDraw = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Downloads.AssertNames(bundleResponse, $"draw-{drawId}.json",
            $"抽取公示包-{publicDraw.RootElement.GetProperty("taskName").GetString()}-{publicDraw.RootElement.GetProperty("drawDate").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal)}.json");
        var bundleJson = await bundleResponse.Content.ReadAsStringAsync();
        var bundle = Dr1Bundle.Parse(bundleJson);
        Assert.NotNull(bundle.Secret);
        Assert.Equal(digest, bundle.Digests.Result);
        Assert.True(BundleVerifier.Verify(bundle).Verified);

        var verified = await (await anonymous.PostAsync("/api/v1/public/draws/verify", Http.JsonBody(bundleJson))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.True(verified.RootElement.GetProperty("verified").GetBoolean());
        var tampered = bundleJson.Replace(bundle.Result[0], bundle.Result[0] + "x", StringComparison.Ordinal);
        var refused = await (await anonymous.PostAsync("/api/v1/public/draws/verify", Http.JsonBody(tampered))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(refused.RootElement.GetProperty("verified").GetBoolean());

        // Each enterprise can check its own outcome.
        var drawnCode = bundle.Result.First(l => l.StartsWith("S|", StringComparison.Ordinal)).Split('|')[1];
        var drawn = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/{drawnCode}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.True(drawn.RootElement.GetProperty("drawn").GetBoolean());
        var drawnCodes = bundle.Result.Where(l => l.StartsWith("S|", StringComparison.Ordinal)).Select(l => l.Split('|')[1]).ToHashSet();
        var notDrawnCode = bundle.Targets.Select(l => l.Split('|')[1]).First(c => !drawnCodes.Contains(c));
        var notDrawn = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/{notDrawnCode}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(notDrawn.RootElement.GetProperty("drawn").GetBoolean());
        Assert.True(notDrawn.RootElement.GetProperty("q").GetDouble() > notDrawn.RootElement.GetProperty("threshold").GetDouble());

        var named = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Contains("企业T", named.RootElement.GetRawText(), StringComparison.Ordinal);

        // A drawn target is referenced by the draw: it can be retired, not deleted.
        var targets = await (await Client.GetAsync($"/api/v1/targets?q={drawnCode}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var targetId = targets.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal("target-referenced-by-draw", (await (await Client.DeleteAsync($"/api/v1/targets/{targetId}")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task History_finds_a_group_by_year_task_unit_officer_and_target()
    {
        var s = await ScenarioAsync();
        var (taskId, drawId, _) = await s.SealedDrawAsync();
        var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var group = result.RootElement.GetProperty("groups")[1];
        var officer = group.GetProperty("officers")[1].GetProperty("officerId").GetGuid();
        var target = group.GetProperty("targets")[0].GetProperty("code").GetString();
        var inspector = Fixture.Factory.CreateClientAs("insp", ["inspector"], s.UnitId);

        foreach (var (query, expected) in new[]
        {
            ("year=2026", 3), ($"taskId={taskId}", 3), ($"unitId={s.UnitId}", 3), ($"officerId={officer}", 1), ($"targetCode={target}", 1), ("year=2025", 0),
        })
        {
            var page = await (await inspector.GetAsync($"/api/v1/draws/history?{query}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.True(expected == page.RootElement.GetProperty("totalCount").GetInt32(), query);
        }

        // Data scoping: an inspector of another unit sees none of these groups.
        var elsewhere = Fixture.Factory.CreateClientAs("insp-2", ["inspector"], Guid.NewGuid());
        var none = await (await elsewhere.GetAsync("/api/v1/draws/history?year=2026")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, none.RootElement.GetProperty("totalCount").GetInt32());

        var one = await (await inspector.GetAsync($"/api/v1/draws/history?officerId={officer}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(2, one.RootElement.GetProperty("items")[0].GetProperty("group").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Feasibility_names_the_shortage_and_prepare_refuses_it_with_field_errors_freezing_nothing()
    {
        var s = await ScenarioAsync();
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(DrawScenario.TaskBody(item, groups: 5));
        var id = task.GetProperty("id").GetGuid();

        var feasibility = await (await s.Operator.PostAsync($"/api/v1/tasks/{id}/feasibility", null)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(feasibility.RootElement.GetProperty("feasible").GetBoolean());
        Assert.Contains("4", feasibility.RootElement.GetProperty("errors").GetProperty("groups")[0].GetString(), StringComparison.Ordinal);

        var problem = await (await s.Operator.PostAsync($"/api/v1/tasks/{id}/draws", null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("groups", problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("draws"));

        // Still a draft: it can be fixed and prepared.
        var fixedTask = await s.Operator.PutJsonAsync($"/api/v1/tasks/{id}", DrawScenario.TaskBody(item, groups: 4));
        fixedTask.EnsureSuccessStatusCode();
        await s.PrepareAsync(id);
    }

    [Fact]
    public async Task Copying_a_task_reuses_its_settings_as_a_new_draft()
    {
        var s = await ScenarioAsync();
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(DrawScenario.TaskBody(item));
        var copy = await (await s.Operator.PostJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/copy", new { year = 2027, name = "2027年食品经营抽查" }))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        Assert.Equal(2027, copy.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("draft", copy.RootElement.GetProperty("status").GetString());
        Assert.Equal(task.GetProperty("settings").GetRawText(), copy.RootElement.GetProperty("settings").GetRawText());
    }

    [Fact]
    public async Task History_of_an_unrevealed_draw_is_recorded_as_a_sensitive_read_and_after_reveal_it_is_not()
    {
        var s = await ScenarioAsync(officers: 14);
        var (taskId, drawId, _) = await s.SealedDrawAsync();

        var history = await (await Client.GetAsync("/api/v1/draws/history?year=2026")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Contains("企业T", history.RootElement.GetRawText(), StringComparison.Ordinal);
        var reads = await Client.EntriesAsync($"&action=read&entityType=Draw&entityId={drawId}");
        Assert.Equal("history read before reveal", Assert.Single(reads).Reason);

        (await Client.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        (await Client.GetAsync("/api/v1/draws/history?year=2026")).EnsureSuccessStatusCode();
        Assert.Single(await Client.EntriesAsync($"&action=read&entityType=Draw&entityId={drawId}"));
    }

    [Fact]
    public async Task The_per_target_check_reads_one_gzip_member_of_the_snapshot_not_all_of_it()
    {
        // 5,000 targets: two members of 4,096 leaves. Member 1 is broken afterwards; a code of member 2 still checks.
        var s = await ScenarioAsync(officers: 14, targets: 5000);
        var item = await s.CreateItemAsync();
        var (taskId, drawId, _) = await s.SealedDrawAsync(new
        {
            year = 2026, name = "大名录", itemIds = new[] { item }, targetScope = new { regionPrefixes = new[] { "6401" } },
            strata = new[] { new { tier = "A", count = 5 }, new { tier = "B", count = 5 }, new { tier = "C", count = 5 }, new { tier = "D", count = 5 } },
            groups = 3, officersPerGroup = 3, targetsPerGroup = 10, minCertifiedPerGroup = 2, allowOverlap = true,
        });
        (await Client.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        var anonymous = Fixture.Factory.CreateClient();
        var late = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T4999")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.True(late.RootElement.GetProperty("inSnapshot").GetBoolean());
        Assert.Equal("D", late.RootElement.GetProperty("stratum").GetString());
        var early = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T0002")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("C", early.RootElement.GetProperty("stratum").GetString());

        await Fixture.ExecuteAsync($"""
            SET session_replication_role = replica;
            UPDATE draw_snapshots SET data = overlay(data PLACING '\x00000000000000000000'::bytea FROM 30)
            WHERE draw_id = '{drawId}' AND kind = 'Targets';
            """);

        var still = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/T4999")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(late.RootElement.GetRawText(), still.RootElement.GetRawText());
        var unknown = await (await anonymous.GetAsync($"/api/v1/public/draws/{drawId}/targets/ZZZZ")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(unknown.RootElement.GetProperty("inSnapshot").GetBoolean());
    }
}
