using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Security.Cryptography;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Infrastructure.Draws;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>§4.3.2 amendments (approved by a leader, never rewriting the sealed rows) and the draw's attachments.</summary>
public sealed class AmendmentAndAttachmentTests(SmallLimitsFixture fixture) : PostgresTest<SmallLimitsFixture>(fixture)
{
    private Task<DrawScenario> ScenarioAsync() => DrawScenario.StartAsync(Fixture.Factory, Client, officers: 14);

    private async Task<(DrawScenario S, Guid DrawId, JsonElement Group)> SealedAsync()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(officers: 14);
        await s.CreateSupervisorAsync();
        var (_, drawId, _) = await s.SealedDrawAsync();
        var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return (s, drawId, result.RootElement.GetProperty("groups")[0].Clone());
    }

    private static async Task<Guid> UnusedOfficerAsync(HttpClient client, DrawScenario s, Guid drawId)
    {
        var result = await (await client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var used = result.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("officers").EnumerateArray()).Select(o => o.GetProperty("officerId").GetGuid()).ToHashSet();
        return s.Officers.Values.First(id => !used.Contains(id));
    }

    [Fact]
    public async Task A_replacement_takes_effect_only_when_a_leader_approves_and_the_sealed_digest_stays()
    {
        var (s, drawId, group) = await SealedAsync();
        var leaving = group.GetProperty("officers")[1].GetProperty("officerId").GetGuid();
        var replacement = await UnusedOfficerAsync(Client, s, drawId);
        var request = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments",
            new { kind = "replaceOfficer", groupNumber = 1, officerId = leaving, replacementOfficerId = replacement, reason = "health", note = "住院" });
        using var amendment = await request.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var amendmentId = amendment.RootElement.GetProperty("id").GetGuid();
        var draw = await (await Client.GetAsync($"/api/v1/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(draw.RootElement.GetProperty("resultDigest").GetString(), amendment.RootElement.GetProperty("resultDigest").GetString());

        // Not approved yet: the group is unchanged. The operator cannot approve their own request.
        Assert.Equal(leaving, await OfficerAtAsync(drawId, 1, 1));
        await (await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments/{amendmentId}/decision", new { approve = true }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);

        var leader = Fixture.Factory.CreateClientAs("leader-1", ["leader"], s.UnitId);
        (await leader.PostJsonAsync($"/api/v1/draws/{drawId}/amendments/{amendmentId}/decision", new { approve = true })).EnsureSuccessStatusCode();
        Assert.Equal(replacement, await OfficerAtAsync(drawId, 1, 1));
        var again = await leader.PostJsonAsync($"/api/v1/draws/{drawId}/amendments/{amendmentId}/decision", new { approve = true });
        Assert.Equal("amendment-decided", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var after = await (await Client.GetAsync($"/api/v1/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(draw.RootElement.GetProperty("resultDigest").GetString(), after.RootElement.GetProperty("resultDigest").GetString());
    }

    [Fact]
    public async Task A_conflicted_replacement_is_refused_and_nothing_is_written()
    {
        var (s, drawId, group) = await SealedAsync();
        var leaving = group.GetProperty("officers")[1].GetProperty("officerId").GetGuid();
        var replacement = await UnusedOfficerAsync(Client, s, drawId);
        var target = group.GetProperty("targets")[0].GetProperty("code").GetString()!;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Recusals.Add(Recusal.Create(replacement, target, RecusalReason.Kinship, null, new DateOnly(2020, 1, 1), null, "test"));
            await db.SaveChangesAsync();
        }

        var response = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments",
            new { kind = "replaceOfficer", groupNumber = 1, officerId = leaving, replacementOfficerId = replacement, reason = "workConflict" });
        Assert.Equal("officer-conflicted", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var inDraw = group.GetProperty("officers")[2].GetProperty("officerId").GetGuid();
        var taken = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments",
            new { kind = "replaceOfficer", groupNumber = 1, officerId = leaving, replacementOfficerId = inDraw, reason = "health" });
        Assert.Equal("officer-already-in-draw", (await taken.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var noReason = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments",
            new { kind = "replaceOfficer", groupNumber = 1, officerId = leaving, replacementOfficerId = replacement });
        Assert.Contains("reason", (await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("draw_amendments"));
    }

    private async Task<Guid> OfficerAtAsync(Guid drawId, int group, int position)
    {
        var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return result.RootElement.GetProperty("groups")[group - 1].GetProperty("officers")[position].GetProperty("officerId").GetGuid();
    }

    private static MultipartFormDataContent File(byte[] bytes, string name, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    [Fact]
    public async Task The_signed_record_is_kept_with_its_hash_and_listed_in_history_disguised_and_oversize_files_are_refused()
    {
        var (s, drawId, _) = await SealedAsync();
        // A supervisor in a unit: uploads follow the task's visibility like downloads (a caller without a unit sees no task).
        var supervisor = Fixture.Factory.CreateClientAs("sup-9", ["supervisor"], s.UnitId);
        var pdf = "%PDF-1.7\n% signed record\n"u8.ToArray();
        var nowhere = Fixture.Factory.CreateClientAs("sup-8", ["supervisor"]);
        await (await nowhere.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signedRecord", File(pdf, "记录.pdf", "application/pdf")))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await Fixture.CountRowsAsync("draw_attachments"));
        var uploaded = await supervisor.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signedRecord", File(pdf, "记录.pdf", "application/pdf"));
        using var body = await uploaded.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), body.RootElement.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", body.RootElement.GetProperty("contentType").GetString());

        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00];
        var disguised = await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signedRecord", File(exe, "record.pdf", "application/pdf"));
        await disguised.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var notVideo = await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signingVideo", File(pdf, "video.mp4", "video/mp4"));
        await notVideo.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var big = new byte[5000];
        "%PDF-"u8.CopyTo(big);
        var oversize = await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signedRecord", File(big, "big.pdf", "application/pdf"));
        await oversize.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var inspector = Fixture.Factory.CreateClientAs("insp", ["inspector"]);
        await (await inspector.PostAsync($"/api/v1/draws/{drawId}/attachments", File(pdf, "a.pdf", "application/pdf"))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, await Fixture.CountRowsAsync("draw_attachments"));

        byte[] mp4 = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0];
        (await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signingVideo", File(mp4, "签字.mp4", "video/mp4"))).EnsureSuccessStatusCode();

        var history = await (await Client.GetAsync($"/api/v1/draws/history?year=2026")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(2, history.RootElement.GetProperty("items")[0].GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task An_over_long_attachment_name_is_refused_before_anything_is_stored()
    {
        var name = new string('签', 300) + ".pdf";
        // A draw the operator can see (a draw outside their scope, or none, is a 404 before the name is looked at).
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 40);
        var draw = await s.PrepareAsync((await s.CreateTaskAsync(DrawScenario.TaskBody(await s.CreateItemAsync()))).GetProperty("id").GetGuid());
        var response = await s.Operator.PostAsync(
            $"/api/v1/draws/{draw.GetProperty("id").GetGuid()}/attachments?kind=signedRecord", File(Encoding.ASCII.GetBytes("%PDF-1.7\n"), name, "application/pdf"));
        Assert.Contains("file", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("draw_attachments"));
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
        var early = await s.Operator.PostAsync($"/api/v1/draws/{prepared.GetProperty("id").GetGuid()}/attachments?kind=signedRecord", File(pdf, "记录.pdf", "application/pdf"));
        Assert.Equal("draw-not-sealed", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var (_, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, name: "已执行", allowOverlap: true, officerUnitIds: [s.UnitId]));
        var uploaded = await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments?kind=signedRecord", File(pdf, "记录.pdf", "application/pdf"));
        using var attachment = await uploaded.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = attachment.RootElement.GetProperty("id").GetGuid();
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));

        var download = await Client.GetAsync($"/api/v1/draws/{drawId}/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{sha}\"", download.Headers.ETag?.Tag);
        Downloads.AssertNames(download, $"attachment-{id}.pdf", "记录.pdf");
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
