using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Draws;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>Review findings on issue 7: sensitive reads, unit scope, amendments, attachments, the public check and verify.</summary>
public sealed class DrawReviewTests(DrawAttachmentFixture fixture) : PostgresTest<DrawAttachmentFixture>(fixture)
{
    private async Task<DrawScenario> ScenarioAsync(int targets = 200, int officers = 14)
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(officers: officers, targets: targets);
        await s.CreateSupervisorAsync();
        return s;
    }

    [Fact]
    public async Task History_of_an_unrevealed_draw_is_recorded_as_a_sensitive_read_and_after_reveal_it_is_not()
    {
        var s = await ScenarioAsync();
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
    public async Task Tasks_draws_results_records_and_amendments_follow_the_callers_unit_scope_and_the_public_list_does_not()
    {
        var s = await ScenarioAsync();
        var shizuishan = BranchUnit.Create("SZS", "石嘴山市局", null, "640200");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.BranchUnits.Add(shizuishan);
            await db.SaveChangesAsync();
        }

        var item = await s.CreateItemAsync();
        var (taskId, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, officerUnitIds: [s.UnitId]));
        // A task of the whole bureau: only someone who sees every unit may create it (here the administrator).
        using var bureauWideTask = await (await Client.PostJsonAsync("/api/v1/tasks", DrawScenario.TaskBody(item, name: "全局任务")))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var bureauWide = bureauWideTask.RootElement.GetProperty("id").GetGuid();

        var yinchuan = Fixture.Factory.CreateClientAs("yc-insp", ["inspector"], s.UnitId);
        var elsewhere = Fixture.Factory.CreateClientAs("szs-insp", ["inspector"], shizuishan.Id);

        Assert.Equal(new HashSet<Guid> { bureauWide, taskId }, (await TaskIdsAsync(yinchuan)).ToHashSet());
        Assert.Equal([bureauWide], await TaskIdsAsync(elsewhere));
        Assert.Equal(2, (await TaskIdsAsync(Client)).Count);
        (await yinchuan.GetAsync($"/api/v1/draws/{drawId}/result")).EnsureSuccessStatusCode();

        await (await elsewhere.GetAsync($"/api/v1/tasks/{taskId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        foreach (var path in new[] { "", "/result", "/record.pdf", "/amendments" })
        {
            await (await elsewhere.GetAsync($"/api/v1/draws/{drawId}{path}")).ReadProblemAsync(HttpStatusCode.NotFound);
        }

        var staffList = await (await elsewhere.GetAsync("/api/v1/draws")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, staffList.RootElement.GetProperty("totalCount").GetInt32());

        // The public disclosure is everyone's, with or without a token.
        var publicList = await (await elsewhere.GetAsync("/api/v1/public/draws")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(1, publicList.RootElement.GetProperty("totalCount").GetInt32());
        (await elsewhere.GetAsync($"/api/v1/public/draws/{drawId}")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Amendments_of_an_unknown_draw_are_404_not_an_empty_list()
    {
        var response = await Client.GetAsync($"/api/v1/draws/{Guid.NewGuid()}/amendments");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_simultaneous_approvals_of_conflicting_amendments_let_exactly_one_through()
    {
        var s = await ScenarioAsync();
        var (_, drawId, _) = await s.SealedDrawAsync();
        var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var groups = result.RootElement.GetProperty("groups");
        var used = groups.EnumerateArray().SelectMany(g => g.GetProperty("officers").EnumerateArray())
            .Select(o => o.GetProperty("officerId").GetGuid()).ToHashSet();
        var replacement = s.Officers.Values.First(id => !used.Contains(id));

        // The same replacement named for two groups: each request is valid alone, both together are not.
        var amendments = new List<Guid>();
        foreach (var group in new[] { 1, 2 })
        {
            var leaving = groups[group - 1].GetProperty("officers")[1].GetProperty("officerId").GetGuid();
            var request = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments",
                new { kind = "replaceOfficer", groupNumber = group, officerId = leaving, replacementOfficerId = replacement, reason = "health" });
            using var amendment = await request.ReadAsync<JsonDocument>(HttpStatusCode.Created);
            amendments.Add(amendment.RootElement.GetProperty("id").GetGuid());
        }

        var leaders = new[] { Fixture.Factory.CreateClientAs("leader-1", ["leader"], s.UnitId), Fixture.Factory.CreateClientAs("leader-2", ["leader"], s.UnitId) };
        var decisions = await Task.WhenAll(amendments.Select((id, i) =>
            leaders[i].PostJsonAsync($"/api/v1/draws/{drawId}/amendments/{id}/decision", new { approve = true })));

        Assert.Single(decisions, d => d.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(decisions, d => d.StatusCode != HttpStatusCode.OK);
        Assert.Equal("officer-already-in-draw", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var after = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Single(after.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("officers").EnumerateArray()),
            o => o.GetProperty("officerId").GetGuid() == replacement);
    }

    [Fact]
    public async Task Only_a_sealed_draw_takes_attachments_and_an_attachment_is_downloaded_with_its_type_and_hash_in_scope_and_on_record()
    {
        var s = await ScenarioAsync();
        var item = await s.CreateItemAsync();
        var prepared = await s.PrepareAsync((await s.CreateTaskAsync(DrawScenario.TaskBody(item, name: "未执行"))).GetProperty("id").GetGuid());
        var pdf = "%PDF-1.7\n% signed record\n"u8.ToArray();
        var early = await s.Operator.PostAsync($"/api/v1/draws/{prepared.GetProperty("id").GetGuid()}/attachments?kind=signedRecord", File(pdf, "记录.pdf"));
        Assert.Equal("draw-not-sealed", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var (_, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, name: "已执行", allowOverlap: true, officerUnitIds: [s.UnitId]));
        var uploaded = await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signedRecord", File(pdf, "记录.pdf"));
        using var attachment = await uploaded.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = attachment.RootElement.GetProperty("id").GetGuid();
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));

        var download = await Client.GetAsync($"/api/v1/draws/{drawId}/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{sha}\"", download.Headers.ETag?.Tag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/draws/{drawId}/attachments/{id}");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(conditional)).StatusCode);
        Assert.Equal("attachment downloaded", (await Client.EntriesAsync($"&action=read&entityType=DrawAttachment&entityId={id}"))[0].Reason);

        await (await Client.GetAsync($"/api/v1/draws/{drawId}/attachments/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var elsewhere = Fixture.Factory.CreateClientAs("insp-x", ["inspector"], Guid.NewGuid());
        await (await elsewhere.GetAsync($"/api/v1/draws/{drawId}/attachments/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Fixture.Factory.CreateClient().GetAsync($"/api/v1/draws/{drawId}/attachments/{id}")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_no_file_behind()
    {
        var folder = Directory.CreateTempSubdirectory("doublerandom-attachment-cancel-").FullName;
        try
        {
            var store = new AttachmentStore(folder);
            using var cancel = new CancellationTokenSource();
            var upload = new BrokenStream(() => cancel.Cancel());

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(upload, cancel.Token));

            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_per_target_check_reads_one_gzip_member_of_the_snapshot_not_all_of_it()
    {
        // 5,000 targets: two members of 4,096 leaves. Member 1 is broken afterwards; a code of member 2 still checks.
        var s = await ScenarioAsync(targets: 5000);
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

    [Fact]
    public async Task A_bundle_over_the_verify_limit_is_a_413_problem_with_or_without_a_length()
    {
        var anonymous = Fixture.Factory.CreateClient();
        var big = "{\"protocol\":\"DR1\",\"pad\":\"" + new string('x', 5000) + "\"}";

        var declared = await anonymous.PostAsync("/api/v1/public/draws/verify", Http.JsonBody(big));
        await declared.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/draws/verify") { Content = streamed };
        chunked.Headers.TransferEncodingChunked = true;
        await (await anonymous.SendAsync(chunked)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var small = await anonymous.PostAsync("/api/v1/public/draws/verify", Http.JsonBody("{\"protocol\":\"DR1\"}"));
        Assert.Contains("body", (await small.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    private static async Task<List<Guid>> TaskIdsAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/v1/tasks?pageSize=100")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];
    }

    private static MultipartFormDataContent File(byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    /// <summary>Gives some bytes, then the client goes away (the token is cancelled) in the middle of the upload.</summary>
    private sealed class BrokenStream(Action cancel) : MemoryStream(new byte[200_000])
    {
        private int _reads;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (++_reads == 2)
            {
                cancel();
            }

            cancellationToken.ThrowIfCancellationRequested();
            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
