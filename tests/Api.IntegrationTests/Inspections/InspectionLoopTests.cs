using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// The whole loop of issue #14 through the API, as a phone and its group walk it: sealed draw → assignments (ETag) →
/// a record per target → evidence by a tus upload that breaks off and resumes → the targets' acknowledgements → the
/// group's summary signed by the member and signed off by the leader. On PostgreSQL here; on the embedded SQLite default
/// in <see cref="SqliteInspectionLoopTests"/>.
/// </summary>
public sealed class InspectionLoopTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public Task A_sealed_draw_is_inspected_evidenced_acknowledged_and_signed_off_on_PostgreSQL() =>
        RunAsync(Fixture.Factory, Client);

    internal static async Task RunAsync(ApiFactory factory, HttpClient admin)
    {
        var s = await InspectionScenario.StartAsync(factory, admin);
        var g = s.Group(1);
        var phone = g.Member.Client;

        // Assignments: the group's own targets; asked again with the ETag, nothing is sent.
        var first = await phone.GetAsync("/api/v1/me/assignments");
        using (var assignments = await first.ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            var group = assignments.RootElement.GetProperty("tasks").EnumerateArray().Single().GetProperty("groups").EnumerateArray().Single();
            Assert.Equal(g.TargetCodes, group.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        }

        using (var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/assignments"))
        {
            conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await phone.SendAsync(conditional)).StatusCode);
        }

        // One record per target, every item of the task; the first is revised with the ETag the POST answered, and the
        // revision's ETag is the one the next GET gives.
        var created = await phone.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(g.TargetCodes[0], "pending-follow-up"));
        var records = new List<Guid> { (await created.ReadAsync<JsonDocument>(HttpStatusCode.Created)).RootElement.GetProperty("id").GetGuid() };
        var revised = await InspectionFlowTests.PutAsync(g.Leader.Client, $"/api/v1/inspection-records/{records[0]}",
            s.RevisionBody("ordered-to-rectify", "已责令改正"), created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(revised.Headers.ETag, (await phone.GetAsync($"/api/v1/inspection-records/{records[0]}")).Headers.ETag);
        foreach (var code in g.TargetCodes.Skip(1))
        {
            records.Add((await s.RecordAsync(g.Member, code, "no-problem")).GetProperty("id").GetGuid());
        }

        // Evidence: a video by tus; the signal drops after the first chunk, the phone asks where it stands and resumes.
        var video = EvidenceBytes.Mp4(300_000);
        var upload = await TusRequests.CreatedAsync(phone, video.Length, TusRequests.Metadata(s.TaskId, g.TargetCodes[0], "video", video));
        var firstChunk = video[..65_536];
        Assert.Equal(HttpStatusCode.NoContent,
            (await TusRequests.PatchAsync(phone, upload, 0, firstChunk, TusRequests.Sha256Checksum(firstChunk))).StatusCode);
        var offset = await TusRequests.OffsetAsync(phone, upload);
        Assert.Equal(firstChunk.Length, offset);
        Assert.Equal(HttpStatusCode.NoContent, (await TusRequests.SendAllAsync(phone, upload, video, 65_536, offset)).StatusCode);
        using (var record = await (await g.Leader.Client.GetAsync($"/api/v1/inspection-records/{records[0]}")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            var evidence = record.RootElement.GetProperty("evidence").EnumerateArray().Single();
            Assert.Equal(EvidenceBytes.Sha256(video), evidence.GetProperty("sha256").GetString());
            Assert.Equal("video/mp4", evidence.GetProperty("contentType").GetString());
        }

        // Acknowledgements: the first target signs the notice, the others refuse before two witnesses.
        var signed = await phone.PutAsync($"/api/v1/inspection-records/{records[0]}/acknowledgement/signature",
            InspectionFlowTests.Image(InspectionFlowTests.Png));
        Assert.Equal("signed",
            (await signed.ReadAsync<JsonDocument>(HttpStatusCode.OK)).RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
        foreach (var id in records.Skip(1))
        {
            var refused = await phone.PutJsonAsync($"/api/v1/inspection-records/{id}/acknowledgement/refusal", new
            {
                reason = "负责人拒绝签字",
                witnesses = new[] { new { name = "王见证", identity = "社区网格员" }, new { name = "李见证", identity = "居委会工作人员" } },
            });
            Assert.Equal("refused",
                (await refused.ReadAsync<JsonDocument>(HttpStatusCode.OK)).RootElement.GetProperty("acknowledgement").GetProperty("kind").GetString());
        }

        // The summary: the member signs its content hash, the leader signs off; the PDF and the workbook are there.
        var url = $"/api/v1/tasks/{s.TaskId}/groups/1/summary";
        string hash;
        using (var summary = await GroupSummaryTests.GetAsync(g.Leader.Client, url))
        {
            Assert.Equal("needsSignatures", summary.RootElement.GetProperty("status").GetString());
            Assert.All(summary.RootElement.GetProperty("targets").EnumerateArray(), t => Assert.True(t.GetProperty("inspected").GetBoolean()));
            hash = summary.RootElement.GetProperty("contentSha256").GetString()!;
        }

        (await GroupSummaryTests.SignAsync(g.Member, url, hash)).EnsureSuccessStatusCode();
        using (var off = await (await GroupSummaryTests.SignAsync(g.Leader, url, hash)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("signedOff", off.RootElement.GetProperty("status").GetString());
            Assert.Equal(hash, off.RootElement.GetProperty("contentSha256").GetString());
        }

        var pdf = await g.Member.Client.GetAsync($"{url}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]), StringComparison.Ordinal);
        var workbook = await g.Member.Client.GetAsync($"{url}.xlsx");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
    }
}
