using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// The summary table and its sign-off (§6.3, ADR 0019): every member signs the content's hash, the leader last; a later
/// change of a record before the sign-off makes the signatures stale and the summary asks for them again; after it the
/// results are final (409 record-final).
/// </summary>
public sealed class GroupSummaryTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Members_sign_the_current_content_the_leader_last_and_a_changed_record_asks_for_the_signatures_again()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var g = s.Group(1);
        var url = $"/api/v1/tasks/{s.TaskId}/groups/1/summary";

        // Nothing inspected yet: every target 未检查, and nobody can sign.
        using (var empty = await GetAsync(g.Member.Client, url))
        {
            var root = empty.RootElement;
            Assert.Equal("incomplete", root.GetProperty("status").GetString());
            Assert.Equal(g.TargetCodes.Count, root.GetProperty("uninspected").GetInt32());
            Assert.All(root.GetProperty("targets").EnumerateArray(), t => Assert.False(t.GetProperty("inspected").GetBoolean()));
            Assert.Equal([g.Leader.OfficerId, g.Member.OfficerId],
                root.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("officerId").GetGuid()));
            Assert.True(root.GetProperty("members")[0].GetProperty("leader").GetBoolean());
            Assert.Equal("summary-incomplete",
                (await (await SignAsync(g.Member, url, root.GetProperty("contentSha256").GetString()!)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        }

        await SummaryRecords.WriteAsync(s, 1, g.TargetCodes);
        var first = await HashAsync(g.Member.Client, url, "needsSignatures");
        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, await HashAsync(g.Leader.Client, url, "needsSignatures"));

        // The leader signs off last; a hash that is not the current content's is refused.
        Assert.Equal("summary-members-first", (await (await SignAsync(g.Leader, url, first)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("summary-changed", (await (await SignAsync(g.Member, url, new string('a', 64))).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        using (var signed = await (await SignAsync(g.Member, url, first.ToUpperInvariant())).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("awaitingLeader", signed.RootElement.GetProperty("status").GetString());
            Assert.True(signed.RootElement.GetProperty("members")[1].GetProperty("signedCurrent").GetBoolean());
        }


        Assert.Equal("summary-already-signed", (await (await SignAsync(g.Member, url, first)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        // Before the sign-off a record still changes: the leader revises one (PUT with If-Match), the hash changes, the
        // member's signature is stale and the summary asks for it again.
        await SummaryRecords.ReviseAsync(s, 1, g.TargetCodes[0], "冷藏柜温度记录缺失");
        var second = await HashAsync(g.Member.Client, url, "needsSignatures");
        Assert.NotEqual(first, second);
        using (var stale = await GetAsync(g.Leader.Client, url))
        {
            Assert.All(stale.RootElement.GetProperty("signatures").EnumerateArray(), x => Assert.False(x.GetProperty("current").GetBoolean()));
            Assert.All(stale.RootElement.GetProperty("members").EnumerateArray(), m => Assert.False(m.GetProperty("signedCurrent").GetBoolean()));
            var item = stale.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == g.TargetCodes[0])
                .GetProperty("items")[0];
            Assert.Equal("发现问题已责令改正", item.GetProperty("resultCategoryName").GetString());
            Assert.Equal("2026-12-31", item.GetProperty("rectificationDeadline").GetString());
        }

        Assert.Equal("summary-changed", (await (await SignAsync(g.Member, url, first)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // A new acknowledgement is new content: the target's signature image is part of the hash.
        var recordId = await RecordIdAsync(g.Leader.Client, url, g.TargetCodes[0]);
        (await g.Member.Client.PutAsync($"/api/v1/inspection-records/{recordId}/acknowledgement/signature",
            InspectionFlowTests.Image(InspectionFlowTests.Png))).EnsureSuccessStatusCode();
        var third = await HashAsync(g.Member.Client, url, "needsSignatures");
        Assert.NotEqual(second, third);
        (await SignAsync(g.Member, url, third)).EnsureSuccessStatusCode();

        // A retried signature (same Idempotency-Key, e.g. a lost answer) replays the first answer instead of a 409.
        var key = Guid.NewGuid().ToString();
        var retried = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}/signatures") { Content = Http.JsonBody(JsonSerializer.Serialize(new { contentSha256 = third })) };
            request.Headers.Add("Idempotency-Key", key);
            retried.Add((await g.Leader.Client.SendAsync(request)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], retried);
        using (var off = await GetAsync(g.Leader.Client, url))
        {
            Assert.Equal("signedOff", off.RootElement.GetProperty("status").GetString());
            var signatures = off.RootElement.GetProperty("signatures").EnumerateArray().ToList();
            Assert.Equal([false, true, true], signatures.Select(x => x.GetProperty("current").GetBoolean()));
            Assert.Equal([false, false, true], signatures.Select(x => x.GetProperty("leader").GetBoolean()));
        }

        // Signed off, the results are final (§7.2): a revision or a new acknowledgement is 409 record-final and the
        // sign-off stands; a result changes only by an approved correction (AfterInspection/Corrections).
        var final = await SummaryRecords.TryReviseAsync(s, 1, g.TargetCodes[1], "补充说明");
        Assert.Equal("record-final", (await final.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("record-final", (await (await g.Member.Client.PutAsync($"/api/v1/inspection-records/{recordId}/acknowledgement/signature",
            InspectionFlowTests.Image([.. InspectionFlowTests.Png, 0x42]))).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(third, await HashAsync(g.Member.Client, url, "signedOff"));

        // Every signature is a row of the audit trail, by its signer.
        var audited = await Client.EntriesAsync("&entityType=SummarySignature");
        Assert.Equal([g.Member.UserName, g.Member.UserName, g.Leader.UserName], audited.Select(e => e.ActorName));

        // Renaming a result category is shown but does not change the content: the sign-off stands.
        var categories = await (await Client.GetAsync("/api/v1/result-categories")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var category = categories.RootElement.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "ordered-to-rectify");
        (await Client.PutJsonAsync("/api/v1/result-categories/ordered-to-rectify", new
        {
            nameZh = "责令限期改正", nameEn = category.GetProperty("nameEn").GetString(), indicatesProblem = true,
            sortOrder = category.GetProperty("sortOrder").GetInt32(), isRetired = false, version = category.GetProperty("version").GetInt32(),
        })).EnsureSuccessStatusCode();
        using (var renamed = await GetAsync(g.Leader.Client, url))
        {
            Assert.Equal("signedOff", renamed.RootElement.GetProperty("status").GetString());
            Assert.Equal(third, renamed.RootElement.GetProperty("contentSha256").GetString());
            Assert.Contains(renamed.RootElement.GetProperty("targets").EnumerateArray().SelectMany(t => t.GetProperty("items").EnumerateArray()),
                i => i.GetProperty("resultCategoryName").GetString() == "责令限期改正");
        }
    }

    [Fact]
    public async Task Only_members_sign_and_other_groups_inspectors_do_not_see_the_summary()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var url = $"/api/v1/tasks/{s.TaskId}/groups/1/summary";
        await SummaryRecords.WriteAsync(s, 1, s.Group(1).TargetCodes);
        var hash = await HashAsync(s.Group(1).Member.Client, url, "needsSignatures");

        foreach (var outsider in new[] { s.Group(2).Leader, s.Group(2).Member, s.Spares.First() })
        {
            await (await outsider.Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.Client.GetAsync($"{url}.pdf")).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await SignAsync(outsider, url, hash)).ReadProblemAsync(HttpStatusCode.NotFound);
        }

        // The unit's operator reads (and downloads) but does not sign; a roster keeper does not read.
        using var read = await GetAsync(s.Draw.Operator, url);
        Assert.Equal(hash, read.RootElement.GetProperty("contentSha256").GetString());
        await (await s.Draw.Operator.PostJsonAsync($"{url}/signatures", new { contentSha256 = hash })).ReadProblemAsync(HttpStatusCode.Forbidden);
        using var keeper = Fixture.Factory.CreateClientAs("keeper-1", ["roster-keeper"], s.Draw.UnitId);
        await (await keeper.GetAsync(url)).ReadProblemAsync(HttpStatusCode.Forbidden);

        // Nothing was signed by any of them.
        using var after = await GetAsync(s.Draw.Operator, url);
        Assert.Empty(after.RootElement.GetProperty("signatures").EnumerateArray());
        Assert.Empty(await Client.EntriesAsync("&entityType=SummarySignature"));
    }

    [Fact]
    public async Task Two_simultaneous_signatures_of_one_member_give_one_row_and_one_409()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var member = s.Group(1).Member;
        var url = $"/api/v1/tasks/{s.TaskId}/groups/1/summary";
        await SummaryRecords.WriteAsync(s, 1, s.Group(1).TargetCodes);
        var hash = await HashAsync(member.Client, url, "needsSignatures");

        var responses = await Task.WhenAll(SignAsync(member, url, hash), SignAsync(member, url, hash));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Equal("summary-already-signed", (await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        using var summary = await GetAsync(member.Client, url);
        Assert.Single(summary.RootElement.GetProperty("signatures").EnumerateArray());
        Assert.Single(await Client.EntriesAsync("&entityType=SummarySignature"));
    }

    [Fact]
    public async Task Bad_input_is_a_problem_with_field_errors_and_writes_nothing()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var member = s.Group(1).Member;
        var url = $"/api/v1/tasks/{s.TaskId}/groups/1/summary";
        await SummaryRecords.WriteAsync(s, 1, s.Group(1).TargetCodes);

        foreach (var bad in new object?[] { null, string.Empty, "abc", new string('a', 63) + "\0", new string('a', 65), new string('g', 64), new string('a', 20_000) })
        {
            var problem = await (await member.Client.PostJsonAsync($"{url}/signatures", new { contentSha256 = bad })).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Errors?.ContainsKey("contentSha256"), $"{bad?.ToString()?.Length}: {string.Join(",", problem.Errors?.Keys.ToList() ?? [])}");
        }

        // Group numbers: 0 and negative are field errors, one that does not exist is 404, one past int is no route (404).
        Assert.True((await (await member.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/0/summary")).ReadProblemAsync(HttpStatusCode.BadRequest))
            .Errors?.ContainsKey("groupNumber"));
        await (await member.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/-1/summary.xlsx")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await member.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/99/summary")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/99999999999/summary")).StatusCode);
        await (await member.Client.GetAsync($"/api/v1/tasks/{Guid.NewGuid()}/groups/1/summary")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await SignAsync(member, $"/api/v1/tasks/{s.TaskId}/groups/99/summary", new string('a', 64))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await member.Client.PostAsync($"{url}/signatures", Http.JsonBody("{\"contentSha256\": 5}"))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Empty(await Client.EntriesAsync("&entityType=SummarySignature"));
    }

    private static async Task<Guid> RecordIdAsync(HttpClient client, string url, string code)
    {
        using var summary = await GetAsync(client, url);
        return summary.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code).GetProperty("recordId").GetGuid();
    }

    internal static Task<HttpResponseMessage> SignAsync(ScenarioInspector who, string url, string hash) =>
        who.Client.PostJsonAsync($"{url}/signatures", new { contentSha256 = hash });

    internal static async Task<JsonDocument> GetAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);

    private static async Task<string> HashAsync(HttpClient client, string url, string status)
    {
        using var summary = await GetAsync(client, url);
        Assert.Equal(status, summary.RootElement.GetProperty("status").GetString());
        return summary.RootElement.GetProperty("contentSha256").GetString()!;
    }
}
