using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Sealed draw → assignments (ETag) → record → revision (If-Match) → acknowledgement, on PostgreSQL.</summary>
public sealed class InspectionFlowTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3, 4];

    internal static MultipartFormDataContent Image(byte[] bytes, string name = "signature.png")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", name);
        return content;
    }

    [Fact]
    public async Task An_inspector_sees_only_their_own_group_with_the_items_once_per_task_and_a_304_when_nothing_changed()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var response = await group.Member.Client.GetAsync("/api/v1/me/assignments");
        var etag = response.Headers.ETag;
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var task = Assert.Single(body.RootElement.GetProperty("tasks").EnumerateArray());
        Assert.Equal(s.TaskId, task.GetProperty("taskId").GetGuid());
        Assert.Equal(s.DrawId, task.GetProperty("drawId").GetGuid());
        Assert.Equal(s.ItemIds, task.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(2, task.GetProperty("items")[0].GetProperty("checklistPoints").GetArrayLength());
        var mine = Assert.Single(task.GetProperty("groups").EnumerateArray());
        Assert.Equal(1, mine.GetProperty("number").GetInt32());
        Assert.False(mine.GetProperty("leader").GetBoolean());
        Assert.Equal(group.Inspectors.Select(i => i.OfficerName), mine.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(group.TargetCodes, mine.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        var target = mine.GetProperty("targets")[0];
        Assert.StartsWith("银川市兴庆区", target.GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, target.GetProperty("recordId").ValueKind);
        foreach (var other in s.Group(2).TargetCodes)
        {
            Assert.DoesNotContain(other, body.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        var leader = await (await group.Leader.Client.GetAsync("/api/v1/me/assignments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.True(leader.RootElement.GetProperty("tasks")[0].GetProperty("groups")[0].GetProperty("leader").GetBoolean());

        // Unchanged: 304 without a body. A record changes the payload and so the ETag.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/assignments");
        again.Headers.IfNoneMatch.Add(etag!);
        var notModified = await group.Member.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        var record = await s.RecordAsync(group.Member, group.TargetCodes[0]);
        using var after = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/assignments");
        after.Headers.IfNoneMatch.Add(etag!);
        var changed = await group.Member.Client.SendAsync(after);
        using var changedBody = await changed.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(record.GetProperty("id").GetGuid(),
            changedBody.RootElement.GetProperty("tasks")[0].GetProperty("groups")[0].GetProperty("targets")[0].GetProperty("recordId").GetGuid());

        // A spare officer (in no group) has nothing.
        var spare = await (await s.Spares.First().Client.GetAsync("/api/v1/me/assignments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, spare.RootElement.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public async Task A_record_is_written_once_revised_with_If_Match_and_acknowledged_by_signature_or_refusal_all_audited()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var code = group.TargetCodes[0];
        var created = await group.Member.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(code, "pending-follow-up", "未建立进货查验记录"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var record = await created.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = record.RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/inspection-records/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(1, record.RootElement.GetProperty("groupNumber").GetInt32());
        Assert.Equal(s.ItemIds, record.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetGuid()));
        Assert.Equal("none", record.RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc), record.RootElement.GetProperty("startedAtUtc").GetDateTime().ToUniversalTime());

        // A second record of the same target in the same task: 409 naming the first, by either member.
        var second = await group.Leader.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(code));
        Assert.Equal("record-exists", (await second.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        using var secondBody = JsonDocument.Parse(await (await group.Leader.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(code))).Content.ReadAsStringAsync());
        Assert.Equal(id, secondBody.RootElement.GetProperty("existingId").GetGuid());

        // Read with its ETag; the leader revises with If-Match; the stale ETag is then refused.
        var get = await group.Leader.Client.GetAsync($"/api/v1/inspection-records/{id}");
        var etag = get.Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        using (var cached = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/inspection-records/{id}"))
        {
            cached.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await group.Leader.Client.SendAsync(cached)).StatusCode);
        }

        var noIfMatch = await group.Leader.Client.PutJsonAsync($"/api/v1/inspection-records/{id}", s.RevisionBody("ordered-to-rectify"));
        var noIfMatchProblem = await noIfMatch.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noIfMatchProblem.Errors!.ContainsKey("If-Match"), string.Join(",", noIfMatchProblem.Errors.Keys));
        var revised = await PutAsync(group.Leader.Client, $"/api/v1/inspection-records/{id}", s.RevisionBody("ordered-to-rectify", "已责令十日内改正"), etag.Tag);
        using var revisedBody = await revised.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(2, revisedBody.RootElement.GetProperty("version").GetInt32());
        Assert.All(revisedBody.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("ordered-to-rectify", i.GetProperty("resultCategoryCode").GetString()));
        Assert.NotEqual(etag, revised.Headers.ETag);
        var stale = await PutAsync(group.Member.Client, $"/api/v1/inspection-records/{id}", s.RevisionBody(), etag.Tag);
        Assert.Equal("stale-version", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var updates = await Client.EntriesAsync($"&action=update&entityType=InspectionRecord&entityId={id}");
        var update = Assert.Single(updates);
        Assert.Equal(1, update.Before!.Value.GetProperty("version").GetInt32());
        Assert.Equal(2, update.After!.Value.GetProperty("version").GetInt32());
        var items = await Client.EntriesAsync("&entityType=ItemResult");
        Assert.Contains(items, e => e.Action == "delete" && e.Before!.Value.GetRawText().Contains("pending-follow-up", StringComparison.Ordinal));
        Assert.Contains(items, e => e.Action == "create" && e.After!.Value.GetRawText().Contains("已责令十日内改正", StringComparison.Ordinal));

        // The signature: stored by SHA-256, downloadable, audited by its hash only.
        var signed = await group.Member.Client.PutAsync($"/api/v1/inspection-records/{id}/acknowledgement/signature", Image(Png));
        using var signedBody = await signed.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var ack = signedBody.RootElement.GetProperty("acknowledgement");
        Assert.Equal("signed", ack.GetProperty("kind").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), ack.GetProperty("signatureSha256").GetString());
        Assert.Equal("image/png", ack.GetProperty("signatureContentType").GetString());
        var download = await group.Leader.Client.GetAsync($"/api/v1/inspection-records/{id}/acknowledgement/signature");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        var signAudit = (await Client.EntriesAsync($"&action=update&entityType=InspectionRecord&entityId={id}")).Last();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), signAudit.After!.Value.GetProperty("signatureSha256").GetString());

        // A refusal replaces it: the reason and two witnesses.
        var refusal = await group.Member.Client.PutJsonAsync($"/api/v1/inspection-records/{id}/acknowledgement/refusal", new
        {
            reason = "负责人拒绝签字", witnesses = new[] { new { name = "王见证", identity = "社区网格员", phone = (string?)"13800000001" }, new { name = "李见证", identity = "居委会主任", phone = (string?)null } },
        });
        using var refused = await refusal.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var refusedAck = refused.RootElement.GetProperty("acknowledgement");
        Assert.Equal("refused", refusedAck.GetProperty("kind").GetString());
        Assert.Equal(2, refusedAck.GetProperty("witnesses").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, refusedAck.GetProperty("signatureSha256").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await group.Member.Client.GetAsync($"/api/v1/inspection-records/{id}/acknowledgement/signature")).StatusCode);

        var assignments = await (await group.Member.Client.GetAsync("/api/v1/me/assignments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var target = assignments.RootElement.GetProperty("tasks")[0].GetProperty("groups")[0].GetProperty("targets")[0];
        Assert.True(target.GetProperty("acknowledged").GetBoolean());
        Assert.Equal(4, target.GetProperty("recordVersion").GetInt32());

        // A revision with the same content keeps the refusal; one that changes what the target acknowledged resets it.
        var same = await PutAsync(group.Leader.Client, $"/api/v1/inspection-records/{id}", s.RevisionBody("ordered-to-rectify", "已责令十日内改正"), (await group.Leader.Client.GetAsync($"/api/v1/inspection-records/{id}")).Headers.ETag!.Tag);
        using var sameBody = await same.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("refused", sameBody.RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
        Assert.Equal(4, sameBody.RootElement.GetProperty("version").GetInt32());
        var changed = await PutAsync(group.Leader.Client, $"/api/v1/inspection-records/{id}", s.RevisionBody("ordered-to-rectify", "已责令七日内改正"), (await group.Leader.Client.GetAsync($"/api/v1/inspection-records/{id}")).Headers.ETag!.Tag);
        using var changedBody = await changed.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var reset = changedBody.RootElement.GetProperty("acknowledgement");
        Assert.Equal("none", reset.GetProperty("kind").GetString());
        Assert.Equal(0, reset.GetProperty("witnesses").GetArrayLength());
        var resetAudit = (await Client.EntriesAsync($"&action=update&entityType=InspectionRecord&entityId={id}")).Last();
        Assert.Equal("负责人拒绝签字", resetAudit.Before!.Value.GetProperty("refusalReason").GetString());
        Assert.Equal(JsonValueKind.Null, resetAudit.After!.Value.GetProperty("refusalReason").ValueKind);
    }

    [Fact]
    public async Task An_approved_replacement_hands_the_targets_to_the_replacement_and_takes_them_from_the_replaced_officer()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(2);
        var spare = s.Spares.First();
        await s.ReplaceAsync(Fixture.Factory, 2, group.Member, spare);

        var gone = await (await group.Member.Client.GetAsync("/api/v1/me/assignments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, gone.RootElement.GetProperty("tasks").GetArrayLength());
        var refused = await group.Member.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(group.TargetCodes[0]));
        Assert.Contains("targetCode", (await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);

        var record = await s.RecordAsync(spare, group.TargetCodes[0]);
        Assert.Equal(2, record.GetProperty("groupNumber").GetInt32());
        Assert.Equal(spare.UserName, record.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task Two_members_writing_the_same_target_at_once_get_one_record_and_one_record_exists_naming_it()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var url = $"/api/v1/tasks/{s.TaskId}/inspection-records";
        var answers = await Task.WhenAll(group.Inspectors.Select(i => i.Client.PostJsonAsync(url, s.RecordBody(group.TargetCodes[1]))));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        using var created = await answers.Single(a => a.StatusCode == HttpStatusCode.Created).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        using var conflict = JsonDocument.Parse(await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync());
        Assert.Equal("record-exists", conflict.RootElement.GetProperty("code").GetString());
        Assert.Equal(created.RootElement.GetProperty("id").GetGuid(), conflict.RootElement.GetProperty("existingId").GetGuid());
        Assert.Equal(1, await Fixture.CountRowsAsync("inspection_records"));
    }

    internal static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private static StringContent JsonContent(object body) => Http.JsonBody(JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
}
