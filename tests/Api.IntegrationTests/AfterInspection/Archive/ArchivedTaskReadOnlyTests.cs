using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>
/// An archived task is read-only (ADR 0026): every kind of write on it — through any endpoint, or straight through the
/// database context — is 409 <c>task-archived</c> and changes nothing, stores no file; reads go on working.
/// </summary>
public sealed class ArchivedTaskReadOnlyTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_kind_of_write_on_an_archived_task_is_409_task_archived_and_writes_nothing()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();
        Assert.Equal(HttpStatusCode.Created, (await s.ArchiveAsync()).StatusCode);
        var g = s.Inspection.Group(1);
        var recordUrl = $"/api/v1/inspection-records/{s.SignedRecordId}";
        var before = await g.Member.Client.GetAsync(recordUrl);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var (files, evidence, audit) = await CountsAsync();

        var refusals = new Dictionary<string, HttpResponseMessage>(StringComparer.Ordinal)
        {
            ["close task"] = await s.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/close", null),
            ["create record"] = await g.Member.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.Inspection.RecordBody(g.TargetCodes[0])),
            ["revise record"] = await SendAsync(g.Member.Client, HttpMethod.Put, recordUrl, before.Headers.ETag!,
                Http.JsonBody(JsonSerializer.Serialize(s.Inspection.RevisionBody("ordered-to-rectify", "补录"), new JsonSerializerOptions(JsonSerializerDefaults.Web)))),
            ["sign acknowledgement"] = await SendAsync(g.Member.Client, HttpMethod.Put, $"{recordUrl}/acknowledgement/signature", before.Headers.ETag!,
                InspectionFlowTests.Image([.. InspectionFlowTests.Png, 9, 9])),
            ["upload evidence"] = await g.Member.Client.PostAsync("/api/v1/inspection-evidence",
                ArchiveScenario.PhotoForm(s.TaskId, g.TargetCodes[1], EvidenceBytes.Jpeg(3000))),
            ["create tus upload"] = await TusRequests.CreateAsync(g.Member.Client, 4096,
                TusRequests.Metadata(s.TaskId, g.TargetCodes[1], "video", EvidenceBytes.Mp4(4096))),
            ["sign summary"] = await g.Member.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/groups/1/summary/signatures", new { contentSha256 = new string('a', 64) }),
            ["upload draw attachment"] = await s.Operator.PostAsync($"/api/v1/draws/{s.Inspection.DrawId}/attachments?kind=signedRecord", Pdf()),
        };
        foreach (var (write, response) in refusals)
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.True(problem.Code == "task-archived", $"{write}: {problem.Code} {problem.Detail}");
            Assert.StartsWith("任务已归档", problem.Detail, StringComparison.Ordinal);
        }

        // An amendment of the archived task's draw is refused too (by whichever rule answers first).
        Assert.Equal(HttpStatusCode.Conflict, (await s.Operator.PostJsonAsync($"/api/v1/draws/{s.Inspection.DrawId}/amendments",
            new { kind = "placeTarget", groupNumber = 1, targetCode = g.TargetCodes[0], reason = "health" })).StatusCode);

        // Nothing changed, no file was stored; reads still work.
        Assert.Equal((files, evidence, audit), await CountsAsync());
        var after = await g.Member.Client.GetAsync(recordUrl);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await g.Leader.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/1/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await g.Member.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/targets/{s.PhotoTarget}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Operator.GetAsync($"/api/v1/draws/{s.Inspection.DrawId}/result")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}")).StatusCode);
    }

    [Fact]
    public async Task The_save_guard_refuses_any_change_to_a_record_of_an_archived_task_whoever_makes_it()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();
        Assert.Equal(HttpStatusCode.Created, (await s.ArchiveAsync()).StatusCode);

        // Straight through the context, past every handler: a task-owned row, a draw-owned row, the task itself.
        var changes = new Func<AppDbContext, Task>[]
        {
            async db => db.Entry(await db.InspectionRecords.FirstAsync(r => r.Id == s.SignedRecordId)).Property("Place").CurrentValue = "改过的地点",
            async db => db.InspectionEvidence.Remove(await db.InspectionEvidence.FirstAsync(e => e.TaskId == s.TaskId)),
            async db => db.SummarySignatures.Remove(await db.SummarySignatures.FirstAsync(x => x.TaskId == s.TaskId)),
            async db => db.DrawGroupMembers.Remove(await db.DrawGroupMembers.FirstAsync(m => m.DrawId == s.Inspection.DrawId)),
            async db => db.Entry(await db.InspectionTasks.FirstAsync(t => t.Id == s.TaskId)).Property("Name").CurrentValue = "改名",
            async db => db.TaskArchives.Remove(await db.TaskArchives.FirstAsync(a => a.TaskId == s.TaskId)),
        };
        foreach (var change in changes)
        {
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await change(db);
            var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => db.SaveChangesAsync());
            Assert.Equal("task-archived", refused.Code);
        }

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal("2026年食品经营现场检查", await db.InspectionTasks.Where(t => t.Id == s.TaskId).Select(t => t.Name).SingleAsync());
            Assert.Equal(1, await db.TaskArchives.CountAsync(a => a.TaskId == s.TaskId));
        }
    }

    [Fact]
    public async Task A_change_to_an_owned_row_alone_of_an_archived_task_is_refused_too()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();
        Assert.Equal(HttpStatusCode.Created, (await s.ArchiveAsync()).StatusCode);

        // An item result is an owned row: its record's entry stays Unchanged.
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var record = await db.InspectionRecords.FirstAsync(r => r.Id == s.SignedRecordId);
        db.Entry(record.Items[0]).Property(nameof(ItemResult.Findings)).CurrentValue = "改过的发现";
        Assert.Equal(EntityState.Unchanged, db.Entry(record).State);
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => db.SaveChangesAsync());
        Assert.Equal("task-archived", refused.Code);
    }

    [Fact]
    public async Task While_a_task_is_being_archived_its_writes_and_a_second_archive_call_are_409_and_open_work_blocks_archiving()
    {
        var s = await ArchiveScenario.StartAsync(Fixture.Factory, Client);
        await s.CloseAndPublishAsync();

        // Another request holds the task's archive claim (it is building the ZIP).
        await using var holder = Fixture.Factory.Services.CreateAsyncScope();
        var archiver = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(ArchivedTaskGuard.TryClaim(s.TaskId, archiver));
        try
        {
            Assert.Equal("already-archived", (await (await s.ArchiveAsync()).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Entry(await db.InspectionRecords.FirstAsync(r => r.Id == s.SignedRecordId)).Property("Place").CurrentValue = "归档中改的地点";
            Assert.Equal("task-archived", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() => db.SaveChangesAsync())).Code);
        }
        finally
        {
            ArchivedTaskGuard.Release(s.TaskId, archiver);
        }

        // An open follow-up and a pending correction: the archive would not hold the whole story.
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var record = await db.InspectionRecords.AsNoTracking().FirstAsync(r => r.Id == s.SignedRecordId);
            var item = record.Items[0];
            db.FollowUps.Add(FollowUp.HandOver(s.TaskId, record.Id, record.TargetCode, record.TargetName, item.ItemId, item.ItemName,
                item.ResultCategoryCode, "未整改", s.Inspection.Draw.UnitId, new DateOnly(2099, 1, 1), null, "测试", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var open = await (await s.ArchiveAsync()).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("archive-open-work", open.Code);
        Assert.StartsWith("任务还有 1 项未关闭的后续处置和 0 项待审批的更正", open.Detail, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Pdf()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(EvidenceBytes.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "签字记录.pdf");
        return form;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, EntityTagHeaderValue etag, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }

    private async Task<(int Files, int Evidence, long Audit)> CountsAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
        var folder = Path.GetDirectoryName(store.TemporaryPath())!;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (Directory.GetFiles(folder).Length, await db.InspectionEvidence.CountAsync(), await db.AuditEntries.Where(e => e.Action != "read").LongCountAsync());
    }
}
