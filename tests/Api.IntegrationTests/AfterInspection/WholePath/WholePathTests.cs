using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;
using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.WholePath;

/// <summary>
/// The whole path after the inspection through the API on PostgreSQL: signed summaries and a closed task → a follow-up
/// handed over → publication → an approved correction, which refreshes the public rows (category, <c>corrected</c>,
/// date; the export's 更正日期) in the approval's save → the archive, which holds the follow-up with its history, the
/// correction with its decision and kept versions, the publication and its rows, and verifies → the archived task
/// refuses a follow-up transition and a correction request with 409 <c>task-archived</c> and writes nothing.
/// </summary>
public sealed class WholePathTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Follow_up_publication_correction_archive_and_verification_run_through_and_the_archived_task_is_read_only()
    {
        var s = await PublishedTask.ClosedAsync(Fixture.Factory, Client, "W");
        var records = await RecordsAsync(s);
        var (corrected, problem) = ("W0001", "W0002");
        var correctedGroup = s.Groups.Single(g => g.TargetCodes.Contains(corrected));
        var problemGroup = s.Groups.Single(g => g.TargetCodes.Contains(problem));

        // A follow-up of the finding of W0002, handed over and taken in hand.
        var handOver = await problemGroup.Member.Client.PostJsonAsync($"/api/v1/inspection-records/{records[problem]}/follow-ups", new
        {
            itemId = s.ItemIds[0], supervisingUnitId = s.Draw.UnitId,
            deadline = FollowUpScenario.Today.AddDays(14).ToString("O", CultureInfo.InvariantCulture), note = "移交跟进整改",
        });
        Guid followUp;
        using (var created = await handOver.ReadAsync<JsonDocument>(HttpStatusCode.Created))
        {
            followUp = created.RootElement.GetProperty("id").GetGuid();
        }

        await FollowUpScenario.MoveAsync(problemGroup.Member.Client, followUp, "inProgress", "已约谈负责人");

        // Published, then W0001 corrected (asked by the member who recorded it, approved by a leader of the unit).
        await PublishedTask.PublishAsync(s);
        using var anonymous = Fixture.Factory.CreateClient();
        Assert.All(await PublicRowsAsync(anonymous, corrected), r => Assert.False(r.GetProperty("corrected").GetBoolean()));
        var correction = await RequestCorrectionAsync(correctedGroup.Member.Client, s, records[corrected]);
        using var leader = Fixture.Factory.CreateClientAs("leader-path", ["leader"], s.Draw.UnitId);
        (await leader.PostJsonAsync($"/api/v1/corrections/{correction}/approval", new { note = "核实无误" })).EnsureSuccessStatusCode();

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = await PublicRowsAsync(anonymous, corrected);
        Assert.Equal(s.ItemIds.Count, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal("ordered-to-rectify", r.GetProperty("resultCategoryCode").GetString());
            Assert.True(r.GetProperty("corrected").GetBoolean());
            Assert.Equal(today, r.GetProperty("correctedOn").GetString());
        });
        Assert.All(await PublicRowsAsync(anonymous, "W0003"), r => Assert.False(r.GetProperty("corrected").GetBoolean()));
        var csv = await ExportAsync(s);
        var header = csv[0];
        var correctedOn = Array.IndexOf(header, "更正日期");
        var code = Array.IndexOf(header, "统一社会信用代码/注册号");
        Assert.All(csv.Skip(1).Where(l => l[code] == corrected), l => Assert.Equal(today, l[correctedOn]));
        Assert.All(csv.Skip(1).Where(l => l[code] != corrected), l => Assert.Equal(string.Empty, l[correctedOn]));

        // The follow-up is finished (an archive holds only finished work: an open one is 409 archive-open-work).
        Assert.Equal("archive-open-work", (await (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/archive", null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        await FollowUpScenario.MoveAsync(problemGroup.Member.Client, followUp, "rectified", "已整改");
        await FollowUpScenario.MoveAsync(problemGroup.Member.Client, followUp, "closed", "办结");

        // Archived: the follow-up, the correction and its versions, the publication and its rows are in the ZIP, which verifies.
        using (var archived = await (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/archive", null)).ReadAsync<JsonDocument>(HttpStatusCode.Created))
        {
            Assert.Matches("^[0-9a-f]{64}$", archived.RootElement.GetProperty("manifestSha256").GetString());
        }

        var zip = await (await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive.zip")).Content.ReadAsByteArrayAsync();
        var paths = ArchiveZip.Paths(zip);
        var followUpPath = Assert.Single(paths, p => p.StartsWith("follow-ups/", StringComparison.Ordinal));
        Assert.Equal($"follow-ups/{problem}-{followUp:N}.json", followUpPath);
        using (var json = JsonDocument.Parse(ArchiveZip.Read(zip, followUpPath)))
        {
            Assert.Equal("closed", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(4, json.RootElement.GetProperty("history").GetArrayLength());
        }

        using (var json = JsonDocument.Parse(ArchiveZip.Read(zip, $"corrections/{corrected}-{correction:N}.json")))
        {
            Assert.Equal("approved", json.RootElement.GetProperty("status").GetString());
            Assert.Equal("leader-path", json.RootElement.GetProperty("decidedBy").GetString());
        }

        Assert.Contains($"corrections/versions/{corrected}-v1.json", paths);
        using (var json = JsonDocument.Parse(ArchiveZip.Read(zip, $"corrections/versions/{corrected}-v2.json")))
        {
            Assert.True(json.RootElement.GetProperty("current").GetBoolean());
            Assert.Equal(correction, json.RootElement.GetProperty("correctionId").GetGuid());
        }

        using (var json = JsonDocument.Parse(ArchiveZip.Read(zip, "publication/publication.json")))
        {
            Assert.Equal(16, json.RootElement.GetProperty("resultCount").GetInt32());
            Assert.Matches("^[0-9a-f]{64}$", json.RootElement.GetProperty("resultsSha256").GetString());
            Assert.Equal(corrected, json.RootElement.GetProperty("refreshedTargetCode").GetString());
        }

        var published = Encoding.UTF8.GetString(ArchiveZip.Read(zip, "publication/results.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(17, published.Length);
        Assert.StartsWith("targetCode,", published[0], StringComparison.Ordinal);
        Assert.All(published.Where(l => l.StartsWith(corrected + ",", StringComparison.Ordinal)), l => Assert.Contains(",ordered-to-rectify,", l, StringComparison.Ordinal));
        using (var verdict = await (await s.Draw.Operator.PostAsync("/api/v1/archives/verification", ArchiveTests.ZipForm(zip))).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.True(verdict.RootElement.GetProperty("valid").GetBoolean());
        }

        // Read-only: a follow-up transition and a correction request are 409 task-archived and write nothing.
        var read = await problemGroup.Member.Client.GetAsync($"/api/v1/follow-ups/{followUp}");
        var before = await CountsAsync(s.TaskId);
        var transition = await FollowUpScenario.PostTransitionAsync(problemGroup.Member.Client, followUp, new { status = "inProgress", note = "重新处置" }, read.Headers.ETag!.ToString());
        Assert.Equal("task-archived", (await transition.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var other = correctedGroup.TargetCodes.First(c => c != corrected);
        var request = await correctedGroup.Member.Client.PostJsonAsync($"/api/v1/inspection-records/{records[other]}/corrections", CorrectionBody(s));
        Assert.Equal("task-archived", (await request.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(before, await CountsAsync(s.TaskId));
        Assert.Equal(SHA256.HashData(zip), SHA256.HashData(await (await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/archive.zip")).Content.ReadAsByteArrayAsync()));
    }

    /// <summary>The record id of every target, from the groups' summaries.</summary>
    internal static async Task<Dictionary<string, Guid>> RecordsAsync(InspectionScenario s)
    {
        var records = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var group in s.Groups)
        {
            using var summary = await (await group.Leader.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/{group.Number}/summary")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            foreach (var target in summary.RootElement.GetProperty("targets").EnumerateArray())
            {
                records[target.GetProperty("code").GetString()!] = target.GetProperty("recordId").GetGuid();
            }
        }

        return records;
    }

    private static object CorrectionBody(InspectionScenario s) => new
    {
        reason = "现场照片显示冷藏柜温度超标，检查结果误选为未发现问题",
        items = s.ItemIds.Select(id => new
        {
            itemId = id, resultCategoryCode = "ordered-to-rectify", findings = "冷藏柜温度超过 8℃", legalBasis = "《食品安全法》第五十四条", rectificationDeadline = "2026-12-31",
        }).ToArray(),
    };

    private static async Task<Guid> RequestCorrectionAsync(HttpClient member, InspectionScenario s, Guid record)
    {
        using var created = await (await member.PostJsonAsync($"/api/v1/inspection-records/{record}/corrections", CorrectionBody(s))).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return created.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> PublicRowsAsync(HttpClient anonymous, string code)
    {
        using var page = await (await anonymous.GetAsync($"/api/v1/public/enterprises/{code}/results")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(r => r.Clone())];
    }

    private static async Task<List<string[]>> ExportAsync(InspectionScenario s)
    {
        var bytes = await (await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/publication/export.csv?encoding=UTF-8")).Content.ReadAsByteArrayAsync();
        return PublicCsv.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
    }

    private async Task<(int FollowUpEvents, int Corrections, long Audit)> CountsAsync(Guid taskId)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var events = await db.FollowUps.Where(f => f.TaskId == taskId).SelectMany(f => f.History).CountAsync();
        return (events, await db.RecordCorrections.CountAsync(c => c.TaskId == taskId), await db.AuditEntries.LongCountAsync());
    }
}
