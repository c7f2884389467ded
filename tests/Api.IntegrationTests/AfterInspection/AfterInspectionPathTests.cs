using System.Globalization;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;
using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;
using DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection;

/// <summary>
/// The whole path of issue #15 through the HTTP API, as the units walk it after an inspection: records and
/// acknowledgements of every target, every summary signed off → two findings handed over and followed up (rectified and
/// closed; case filed) → a correction asked by a member and approved by a leader of the supervising unit → the task
/// closed → its publication deadline (the 20th working day, by the calendar) → published → the anonymous public results
/// and the national export → archived → the ZIP downloaded and verified (endpoint and command), one altered byte named
/// → the archived task read-only. On PostgreSQL here; on the embedded SQLite default in
/// <see cref="SqliteAfterInspectionPathTests"/>.
/// </summary>
public sealed class AfterInspectionPathTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public Task A_signed_summary_is_followed_up_corrected_published_archived_and_verified_on_PostgreSQL() =>
        RunAsync(Fixture.Factory, Client);

    internal static async Task RunAsync(ApiFactory factory, HttpClient admin)
    {
        // The inspection's end: a record for every target (group 1 "no problem", group 2 "ordered to rectify"), each
        // target's signature on its record, every group's summary signed by its member and signed off by its leader.
        var s = await InspectionScenario.StartAsync(factory, admin);
        var records = await PublicationScenario.RecordAllAsync(s);
        foreach (var group in s.Groups)
        {
            foreach (var code in group.TargetCodes)
            {
                var signed = await group.Member.Client.PutAsync($"/api/v1/inspection-records/{records[code]}/acknowledgement/signature",
                    InspectionFlowTests.Image(InspectionFlowTests.Png));
                Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
            }

            await PublicationScenario.SignOffAsync(s, group.Number);
        }

        // Follow-up: group 2's first target's two findings handed to the scenario's unit; its operator moves one through
        // in progress → rectified → closed, the other to case filed.
        var unitOperator = factory.CreateClientAs("yc-operator", ["operator"], s.Draw.UnitId);
        var finding = s.Group(2).TargetCodes[0];
        Task<HttpResponseMessage> HandOverAsync(Guid item) => s.Group(2).Member.Client.PostJsonAsync($"/api/v1/inspection-records/{records[finding]}/follow-ups", new
        {
            itemId = item, supervisingUnitId = s.Draw.UnitId, deadline = FollowUpScenario.Today.AddDays(14).ToString("O", CultureInfo.InvariantCulture), note = "移交跟进整改",
        });
        var followUps = new List<Guid>();
        foreach (var item in s.ItemIds)
        {
            using var handedOver = await (await HandOverAsync(item)).ReadAsync<JsonDocument>(HttpStatusCode.Created);
            Assert.Equal("handedOver", handedOver.RootElement.GetProperty("status").GetString());
            followUps.Add(handedOver.RootElement.GetProperty("id").GetGuid());
        }

        foreach (var status in new[] { "inProgress", "rectified", "closed" })
        {
            Assert.Equal(status, (await FollowUpScenario.MoveAsync(unitOperator, followUps[0], status, "处置")).GetProperty("status").GetString());
        }

        await FollowUpScenario.MoveAsync(unitOperator, followUps[1], "inProgress");
        var filed = await FollowUpScenario.MoveAsync(unitOperator, followUps[1], "caseFiled", "已立案查处");
        Assert.Equal(["handedOver", "inProgress", "caseFiled"], filed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("toStatus").GetString()));
        Assert.Equal("closed", (await FollowUpScenario.MoveAsync(unitOperator, followUps[1], "closed", "案件办结")).GetProperty("status").GetString());

        // Correction: group 1's member asks for group 1's first target to be "ordered to rectify"; a leader of the
        // supervising unit approves; the record is at version 2 and version 1 stays visible.
        var c = CorrectionScenario.Of(factory, s, records);
        var corrected = s.Group(1).TargetCodes[0];
        var correction = await c.RequestAsync(records[corrected]);
        using (var approved = await (await CorrectionScenario.DecideAsync(c.Leader, correction, "approval", "已核对")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal(("approved", 2), (approved.RootElement.GetProperty("status").GetString(), approved.RootElement.GetProperty("resultingVersion").GetInt32()));
        }

        using (var versions = await (await s.Draw.Operator.GetAsync($"/api/v1/inspection-records/{records[corrected]}/versions")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal([(1, "no-problem"), (2, "ordered-to-rectify")], versions.RootElement.EnumerateArray()
                .Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("items")[0].GetProperty("resultCategoryCode").GetString())));
        }

        // Closed: due by the 20th working day after the completion date, as the working-day calculator counts it.
        await PublicationScenario.CloseAsync(s);
        var publicationUrl = $"/api/v1/tasks/{s.TaskId}/publication";
        using (var due = await (await s.Draw.Operator.GetAsync(publicationUrl)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            var completed = due.RootElement.GetProperty("completedOn").GetString();
            using var calculated = await (await s.Draw.Operator.GetAsync($"/api/v1/working-days?from={completed}&count=20")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.Equal(calculated.RootElement.GetProperty("date").GetString(), due.RootElement.GetProperty("deadlineOn").GetString());
            Assert.Equal("due", due.RootElement.GetProperty("state").GetString());
            Assert.Empty(due.RootElement.GetProperty("blockers").EnumerateArray());
        }

        Assert.Equal(16, (await PublishedTask.PublishAsync(s)).GetProperty("resultCount").GetInt32());

        // Public: the task's 16 rows with the public fields only, the corrected category among them; the enterprise's too.
        using var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync($"/api/v1/public/tasks/{s.TaskId}/results?pageSize=100");
        using var page = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var rows = page.RootElement.GetProperty("items").EnumerateArray().Select(r => r.Clone()).ToList();
        Assert.Equal(16, rows.Count);
        Assert.All(rows, r => Assert.Equal(PublicResultsTests.PublicFields.Order(StringComparer.Ordinal), r.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.All(rows, r => Assert.Equal(
            r.GetProperty("targetCode").GetString() == corrected || s.Group(2).TargetCodes.Contains(r.GetProperty("targetCode").GetString()) ? "ordered-to-rectify" : "no-problem",
            r.GetProperty("resultCategoryCode").GetString()));
        var raw = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "findings", "冷藏柜", "evidence", "officer", "inspector", "place", "legalBasis", "insp-", "follow" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }

        using (var enterprise = await (await anonymous.GetAsync($"/api/v1/public/enterprises/{corrected}/results")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal(["ordered-to-rectify", "ordered-to-rectify"],
                enterprise.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("resultCategoryCode").GetString()));
        }

        // The national export, UTF-8 and GB 18030: the public rows line for line.
        foreach (var lines in await PublicResultsTests.ExportMatchesThePublicRowsAsync(admin, s, rows))
        {
            Assert.Equal(16, lines.Count);
        }

        // Archived, downloaded, valid for the endpoint and the command.
        using var archive = await (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/archive", null)).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var manifest = archive.RootElement.GetProperty("manifestSha256").GetString()!;
        var download = await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive.zip");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var zip = await download.Content.ReadAsByteArrayAsync();
        using (var verdict = await (await s.Draw.Operator.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(zip))).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.True(verdict.RootElement.GetProperty("valid").GetBoolean());
            Assert.Equal(manifest, verdict.RootElement.GetProperty("manifestSha256").GetString());
        }

        var (exit, output, _) = ArchiveVerifyCli.Run(zip);
        Assert.Equal(0, exit);
        Assert.Contains(manifest, output, StringComparison.Ordinal);

        // One byte of the corrected record altered: both name that entry.
        var entry = $"records/{corrected}.json";
        var altered = ArchiveZip.With(zip, entry, ArchiveZip.Flipped(ArchiveZip.Read(zip, entry)));
        using (var verdict = await (await s.Draw.Operator.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(altered))).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.False(verdict.RootElement.GetProperty("valid").GetBoolean());
            Assert.Equal((entry, "sha256"), (verdict.RootElement.GetProperty("firstDifference").GetProperty("path").GetString(),
                verdict.RootElement.GetProperty("firstDifference").GetProperty("reason").GetString()));
        }

        var cli = ArchiveVerifyCli.Run(altered);
        Assert.Equal(1, cli.Exit);
        Assert.Contains($"{entry} (sha256)", cli.Out, StringComparison.Ordinal);

        // Read-only from now on: a follow-up step (even one a closed follow-up cannot take), a new hand-over and a
        // correction are 409 task-archived.
        var writes = new Dictionary<string, HttpResponseMessage>(StringComparer.Ordinal)
        {
            ["move a closed follow-up"] = await FollowUpScenario.PostTransitionAsync(unitOperator, followUps[1], new { status = "inProgress", note = (string?)null }, "*"),
            ["hand over again"] = await HandOverAsync(s.ItemIds[0]),
            ["ask for a correction"] = await c.RequestAsync(c.Group.Member.Client, records[s.Group(1).TargetCodes[1]], c.Body()),
        };
        foreach (var (write, answer) in writes)
        {
            var problem = await answer.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.True(problem.Code == "task-archived", $"{write}: {problem.Code} {problem.Detail}");
        }
    }
}
