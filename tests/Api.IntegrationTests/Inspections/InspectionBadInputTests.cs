using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Every refused input is a 4xx problem naming the field, and writes nothing (no record, no audit entry).</summary>
public sealed class InspectionBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static JsonObject Body(InspectionScenario s, string code) =>
        JsonSerializer.SerializeToNode(s.RecordBody(code), new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();

    private async Task AssertRefusedAsync(HttpClient client, string url, JsonNode body, string field, HttpStatusCode status = HttpStatusCode.BadRequest, string method = "POST")
    {
        var records = await Fixture.CountRowsAsync("inspection_records");
        var entries = await Fixture.CountRowsAsync("audit_entries");
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Http.JsonBody(body.ToJsonString()) };
        var problem = await (await client.SendAsync(request)).ReadProblemAsync(status);
        Assert.True(problem.Errors?.ContainsKey(field) == true, $"{field} not in [{string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}] for {body.ToJsonString()}");
        Assert.Equal(records, await Fixture.CountRowsAsync("inspection_records"));
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
    }

    [Fact]
    public async Task Unknown_or_missing_items_categories_times_coordinates_NUL_and_overflow_are_refused_by_field()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var inspector = s.Group(1).Leader.Client;
        var code = s.Group(1).TargetCodes[0];
        var url = $"/api/v1/tasks/{s.TaskId}/inspection-records";
        var cases = new List<(Action<JsonObject> Change, string Field)>
        {
            (b => b["items"]![0]!["resultCategoryCode"] = "no-such-category", "items[0].resultCategoryCode"),
            (b => b["items"]!.AsArray().RemoveAt(1), "items"),
            (b => b["items"]![1]!["itemId"] = b["items"]![0]!["itemId"]!.GetValue<Guid>(), "items"),
            (b => b["items"]!.AsArray().Add(JsonNode.Parse($$"""{"itemId":"{{Guid.NewGuid()}}","resultCategoryCode":"no-problem"}""")), "items[2].itemId"),
            (b => b["items"] = new JsonArray(), "items"),
            (b => b["method"] = "byTelepathy", "method"),
            (b => b["finishedAtUtc"] = "2026-12-01T08:00:00+08:00", "finishedAtUtc"),
            (b => b["startedAtUtc"] = "2026-12-01T09:00:00", "startedAtUtc"),
            (b => b["startedAtUtc"] = "2099-12-01T09:00:00Z", "startedAtUtc"),
            (b => b["startedAtUtc"] = "1999-12-31T09:00:00+08:00", "startedAtUtc"),
            (b => b["finishedAtUtc"] = "2026-12-08T09:00:01+08:00", "finishedAtUtc"),
            (b => b["items"]![0]!["rectificationDeadline"] = "2026-11-30", "items[0].rectificationDeadline"),
            (b => b["items"]![1]!["rectificationDeadline"] = "2031-12-02", "items[1].rectificationDeadline"),
            (b => b["latitude"] = 91.0, "latitude"),
            (b => b["longitude"] = 181.0, "longitude"),
            (b => b.Remove("longitude"), "latitude"),
            (b => b["targetCode"] = "T\u00000001", "targetCode"),
            (b => b["targetCode"] = new string('T', 65), "targetCode"),
            (b => b["targetCode"] = s.Group(2).TargetCodes[0], "targetCode"),
            (b => b["place"] = "兴庆区\u0000", "place"),
            (b => b["place"] = new string('址', 301), "place"),
            (b => b["items"]![0]!["findings"] = "未见\u0000问题", "items[0].findings"),
            (b => b["items"]![0]!["findings"] = new string('查', 4001), "items[0].findings"),
            (b => b["items"]![0]!["legalBasis"] = new string('法', 2001), "items[0].legalBasis"),
            (b => b["items"]![0]!["resultCategoryCode"] = "no\u0000problem", "items[0].resultCategoryCode"),
            (b => b["items"]![0]!["resultCategoryCode"] = new string('x', 33), "items[0].resultCategoryCode"),
        };
        foreach (var (change, field) in cases)
        {
            var body = Body(s, code);
            change(body);
            await AssertRefusedAsync(inspector, url, body, field);
        }

        // The message of a missing item names it.
        var missing = Body(s, code);
        missing["items"]!.AsArray().RemoveAt(1);
        var problem = await (await inspector.PostAsync(url, Http.JsonBody(missing.ToJsonString()))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("食品安全管理制度检查", problem.Errors!["items"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.PostAsync($"/api/v1/tasks/{Guid.NewGuid()}/inspection-records", Http.JsonBody(Body(s, code).ToJsonString()))).StatusCode);

        // The same rules hold for a revision.
        var record = await s.RecordAsync(s.Group(1).Leader, code);
        var revision = JsonSerializer.SerializeToNode(s.RevisionBody(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();
        revision["items"]![0]!["findings"] = new string('查', 4001);
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/inspection-records/{record.GetProperty("id").GetGuid()}") { Content = Http.JsonBody(revision.ToJsonString()) };
        revise.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Contains("items[0].findings", (await (await inspector.SendAsync(revise)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_two_distinct_witnesses_and_a_signature_must_be_an_image()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var inspector = s.Group(1).Member.Client;
        var record = await s.RecordAsync(s.Group(1).Member, s.Group(1).TargetCodes[0]);
        var url = $"/api/v1/inspection-records/{record.GetProperty("id").GetGuid()}/acknowledgement";
        JsonNode Refusal(params (string Name, string Identity, string? Phone)[] witnesses) => new JsonObject
        {
            ["reason"] = "拒绝签字",
            ["witnesses"] = new JsonArray([.. witnesses.Select(w => (JsonNode)new JsonObject { ["name"] = w.Name, ["identity"] = w.Identity, ["phone"] = w.Phone })]),
        };

        await AssertRefusedAsync(inspector, $"{url}/refusal", new JsonObject { ["reason"] = "拒绝签字" }, "witnesses", method: "PUT");
        await AssertRefusedAsync(inspector, $"{url}/refusal", Refusal(("王见证", "网格员", null)), "witnesses", method: "PUT");
        await AssertRefusedAsync(inspector, $"{url}/refusal", Refusal(("王见证", "网格员", null), ("王见证", "网格员", "1")), "witnesses", method: "PUT");
        var noReason = Refusal(("王见证", "网格员", null), ("李见证", "居委会", null));
        noReason.AsObject().Remove("reason");
        await AssertRefusedAsync(inspector, $"{url}/refusal", noReason, "reason", method: "PUT");
        var longReason = Refusal(("王见证", "网格员", null), ("李见证", "居委会", null));
        longReason["reason"] = new string('拒', 1001);
        await AssertRefusedAsync(inspector, $"{url}/refusal", longReason, "reason", method: "PUT");
        var nulReason = Refusal(("王见证", "网格员", null), ("李见证", "居委会", null));
        nulReason["reason"] = "拒\u0000签";
        await AssertRefusedAsync(inspector, $"{url}/refusal", nulReason, "reason", method: "PUT");
        await AssertRefusedAsync(inspector, $"{url}/refusal", Refusal(("王见证", "网格员", null), (new string('李', 101), "居委会", null)), "witnesses[1].name", method: "PUT");
        await AssertRefusedAsync(inspector, $"{url}/refusal", Refusal(("王见证", "网格员", null), ("李见证", new string('居', 201), null)), "witnesses[1].identity", method: "PUT");
        await AssertRefusedAsync(inspector, $"{url}/refusal", Refusal(("王见证", "网格员", null), ("李见证", "居委会", "电话号码")), "witnesses[1].phone", method: "PUT");
        await AssertRefusedAsync(inspector, $"{url}/refusal", Refusal(("王见证", "网格员", null), ("李\u0000见证", "居委会", null)), "witnesses[1].name", method: "PUT");

        var entries = await Fixture.CountRowsAsync("audit_entries");
        var pdf = await inspector.PutAsync($"{url}/signature", InspectionFlowTests.Image("%PDF-1.7 not an image"u8.ToArray(), "signature.png"));
        Assert.Contains("file", (await pdf.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        var huge = new byte[(5 * 1024 * 1024) + 1];
        InspectionFlowTests.Png.CopyTo(huge, 0);
        var tooLarge = await inspector.PutAsync($"{url}/signature", InspectionFlowTests.Image(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(entries, await Fixture.CountRowsAsync("audit_entries"));
        var unchanged = await (await inspector.GetAsync($"/api/v1/inspection-records/{record.GetProperty("id").GetGuid()}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("none", unchanged.RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Nothing_is_recorded_for_a_closed_task_or_an_unsealed_draw()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var member = s.Group(1).Member;
        var record = await s.RecordAsync(member, s.Group(1).TargetCodes[0]);

        // A draw prepared but not executed: nothing is assigned yet, nothing can be recorded.
        var second = await s.Draw.CreateTaskAsync(new
        {
            year = 2027, name = "2027年食品经营现场检查", itemIds = s.ItemIds, officerUnitIds = new[] { s.Draw.UnitId },
            targetScope = new { regionPrefixes = new[] { "6401" } }, strata = new object[] { new { tier = "B", ratioBp = 10000 } },
            groups = 1, officersPerGroup = 2, targetsPerGroup = 4, minCertifiedPerGroup = 2, allowOverlap = true, disclosureDate = "2027-12-31",
        });
        var secondId = second.GetProperty("id").GetGuid();
        await s.Draw.PrepareAsync(secondId);
        var unsealed = await member.Client.PostJsonAsync($"/api/v1/tasks/{secondId}/inspection-records", s.RecordBody(s.Group(1).TargetCodes[0]));
        Assert.Equal("draw-not-sealed", (await unsealed.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/close", null)).EnsureSuccessStatusCode();
        var closed = await member.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(s.Group(1).TargetCodes[1]));
        Assert.Equal("task-closed", (await closed.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var id = record.GetProperty("id").GetGuid();
        var revise = await InspectionFlowTests.PutAsync(member.Client, $"/api/v1/inspection-records/{id}", s.RevisionBody("pending-follow-up"), "*");
        Assert.Equal("task-closed", (await revise.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var refuse = await member.Client.PutJsonAsync($"/api/v1/inspection-records/{id}/acknowledgement/refusal", new
        {
            reason = "拒签", witnesses = new[] { new { name = "甲", identity = "网格员" }, new { name = "乙", identity = "居委会" } },
        });
        Assert.Equal("task-closed", (await refuse.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(1, await Fixture.CountRowsAsync("inspection_records"));

        // A closed task leaves the assignments; its records stay readable.
        var assignments = await (await member.Client.GetAsync("/api/v1/me/assignments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(0, assignments.RootElement.GetProperty("tasks").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync($"/api/v1/inspection-records/{id}")).StatusCode);
    }
}
