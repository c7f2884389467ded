using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>Small upload and bundle limits so the oversize cases need no 50 MB (or 128 MB) body.</summary>
public sealed class DrawAttachmentFixture : PostgresApiFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Attachments:MaxDocumentBytes"] = "4096",
        ["Public:MaxBundleBytes"] = "4096",
        ["Attachments:Folder"] = Path.Combine(Path.GetTempPath(), "doublerandom-attachments-tests"),
    };
}

/// <summary>§4.3.2 amendments (approved by a leader, never rewriting the sealed rows) and the draw's attachments.</summary>
public sealed class AmendmentAndAttachmentTests(DrawAttachmentFixture fixture) : PostgresTest<DrawAttachmentFixture>(fixture)
{
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
}

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
