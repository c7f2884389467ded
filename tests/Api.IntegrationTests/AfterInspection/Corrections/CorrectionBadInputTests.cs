using System.Net;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;

/// <summary>Bad input to the correction routes: a 4xx problem with field errors that writes nothing.</summary>
public sealed class CorrectionBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Bad_requests_and_decisions_are_field_errors_and_write_nothing()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var member = c.Group.Member.Client;
        var items = c.Inspection.ItemIds;
        object Item(Guid id, string category = "ordered-to-rectify", string? findings = "温度超标", string? deadline = "2026-12-31") =>
            new { itemId = id, resultCategoryCode = category, findings, legalBasis = (string?)null, rectificationDeadline = deadline };

        var cases = new (object Body, string Field)[]
        {
            (new { items = items.Select(i => Item(i)).ToArray() }, "reason"),
            (new { reason = "", items = items.Select(i => Item(i)).ToArray() }, "reason"),
            (new { reason = "   ", items = items.Select(i => Item(i)).ToArray() }, "reason"),
            (new { reason = "理由\0", items = items.Select(i => Item(i)).ToArray() }, "reason"),
            (new { reason = new string('理', 1001), items = items.Select(i => Item(i)).ToArray() }, "reason"),
            (new { reason = "理由" }, "items"),
            (new { reason = "理由", items = Array.Empty<object>() }, "items"),
            (new { reason = "理由", items = new[] { Item(items[0]) } }, "items"),
            (new { reason = "理由", items = items.Select(i => Item(i)).Append(Item(Guid.NewGuid())).ToArray() }, "items[2].itemId"),
            (new { reason = "理由", items = items.Select(i => Item(i, category: "no-such-category")).ToArray() }, "items[0].resultCategoryCode"),
            (new { reason = "理由", items = items.Select(i => Item(i, category: "")).ToArray() }, "items[0].resultCategoryCode"),
            (new { reason = "理由", items = items.Select(i => Item(i, findings: new string('查', 4001))).ToArray() }, "items[0].findings"),
            (new { reason = "理由", items = items.Select(i => Item(i, deadline: "2026-11-01")).ToArray() }, "items[0].rectificationDeadline"),
            (new { reason = "理由", items = items.Select(i => Item(i, findings: "温度\0超标")).ToArray() }, "items[0].findings"),
        };
        foreach (var (body, field) in cases)
        {
            var problem = await (await c.RequestAsync(member, c.FirstRecord, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Errors?.ContainsKey(field) == true, $"{field}: {string.Join(", ", problem.Errors?.Keys.ToList() ?? [])}");
        }

        await (await member.PostAsync($"/api/v1/inspection-records/{c.FirstRecord}/corrections", Http.JsonBody("{\"reason\": 5}"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await member.PostAsync($"/api/v1/inspection-records/{c.FirstRecord}/corrections", Http.JsonBody("{\"reason\": \"a\", \"items\": [{\"itemId\": \"x\"}]}")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        // The record's current results again: nothing to correct.
        var same = new { reason = "理由", items = items.Select(i => Item(i, "no-problem", null, null)).ToArray() };
        Assert.Equal("correction-unchanged", (await (await c.RequestAsync(member, c.FirstRecord, same)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        await (await c.RequestAsync(member, Guid.NewGuid(), c.Body())).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await Client.EntriesAsync("&entityType=RecordCorrection"));

        // Decisions: a note too long or with NUL, an unknown correction, a bad status filter or paging.
        var id = await c.RequestAsync(c.FirstRecord);
        foreach (var note in new[] { new string('意', 1001), "同意\0" })
        {
            foreach (var decision in new[] { "approval", "rejection" })
            {
                Assert.True((await (await CorrectionScenario.DecideAsync(c.Leader, id, decision, note)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors?.ContainsKey("note"));
            }
        }

        Assert.True((await (await CorrectionScenario.DecideAsync(c.Leader, id, "rejection", " ")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors?.ContainsKey("note"));
        await (await CorrectionScenario.DecideAsync(c.Leader, Guid.NewGuid(), "approval")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await c.Leader.GetAsync($"/api/v1/corrections/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await c.Leader.GetAsync("/api/v1/corrections?status=maybe")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await c.Leader.GetAsync("/api/v1/corrections?pageSize=0")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await c.Leader.GetAsync("/api/v1/corrections?sort=reason")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await c.Leader.GetAsync("/api/v1/corrections?sort=%00")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(await Client.EntriesAsync("&entityType=RecordCorrection"));
    }
}
