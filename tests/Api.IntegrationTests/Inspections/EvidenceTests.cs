using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Small evidence sent whole (multipart): stored by SHA-256, typed by its bytes, seen by its group and scoped readers only.</summary>
public sealed class EvidenceTests(EvidenceFixture fixture) : PostgresTest<EvidenceFixture>(fixture)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static MultipartFormDataContent Form(Guid taskId, string targetCode, string kind, byte[] file, string fileName, params (string Name, string Value)[] more)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(taskId.ToString()), "taskId" },
            { new StringContent(targetCode), "targetCode" },
            { new StringContent(kind), "kind" },
        };
        foreach (var (name, value) in more)
        {
            form.Add(new StringContent(value), name);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return form;
    }

    [Fact]
    public async Task A_photo_is_stored_by_its_hash_typed_by_its_bytes_and_read_by_its_group_and_scoped_readers_only()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var target = group.TargetCodes[0];
        var photo = EvidenceBytes.Jpeg(4096);
        var created = await group.Member.Client.PostAsync("/api/v1/inspection-evidence",
            Form(s.TaskId, target, "photo", photo, "门头照片.png", ("latitude", "38.48"), ("longitude", "106.23"), ("capturedAtUtc", "2026-12-07T08:00:00Z")));
        using var body = await created.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var e = body.RootElement;
        var id = e.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/inspection-evidence/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("image/jpeg", e.GetProperty("contentType").GetString()); // the bytes, not the .png name
        Assert.Equal(EvidenceBytes.Sha256(photo), e.GetProperty("sha256").GetString());
        Assert.Equal(4096, e.GetProperty("size").GetInt64());
        Assert.True(File.Exists(Path.Combine(EvidenceFixture.AttachmentFolder, EvidenceBytes.Sha256(photo))));

        // Audited: who, the hash, size and type — the bytes never.
        Assert.Equal(1, await Fixture.ScalarAsync(
            $"SELECT count(*) FROM audit_entries WHERE entity_type = 'InspectionEvidence' AND entity_id = '{id}' AND action = 'create' "
            + $"AND actor_name = '{group.Member.UserName}' AND after::text LIKE '%{EvidenceBytes.Sha256(photo)}%' AND after::text LIKE '%image/jpeg%' AND after::text LIKE '%4096%'"));

        var download = await group.Leader.Client.GetAsync($"/api/v1/inspection-evidence/{id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync());

        using var list = await (await group.Leader.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/targets/{target}/evidence")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(list.RootElement.EnumerateArray()).GetProperty("id").GetGuid());

        // The operator of the task's unit reads it; the other group and a spare inspector do not even see it exists.
        Assert.Equal(HttpStatusCode.OK, (await s.Draw.Operator.GetAsync($"/api/v1/inspection-evidence/{id}")).StatusCode);
        foreach (var outsider in new[] { s.Group(2).Leader.Client, s.Spares.First().Client })
        {
            await (await outsider.GetAsync($"/api/v1/inspection-evidence/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.GetAsync($"/api/v1/inspection-evidence/{id}/content")).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.GetAsync($"/api/v1/tasks/{s.TaskId}/targets/{target}/evidence")).ReadProblemAsync(HttpStatusCode.NotFound);
        }

        // Signed in, but no reader of inspections at all.
        var keeper = Fixture.Factory.CreateClientAs("keeper-1", ["roster-keeper"], s.Draw.UnitId);
        await (await keeper.GetAsync($"/api/v1/inspection-evidence/{id}")).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Evidence_whose_bytes_contradict_its_kind_too_large_or_for_another_groups_target_is_refused_and_nothing_is_stored()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var client = group.Leader.Client;
        var target = group.TargetCodes[0];

        var pdfAsPhoto = EvidenceBytes.Pdf();
        var problem = await (await client.PostAsync("/api/v1/inspection-evidence", Form(s.TaskId, target, "photo", pdfAsPhoto, "photo.jpg"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors!.ContainsKey("kind"));
        Assert.False(File.Exists(Path.Combine(EvidenceFixture.AttachmentFolder, EvidenceBytes.Sha256(pdfAsPhoto))));

        var large = EvidenceBytes.Jpeg(65537);
        await (await client.PostAsync("/api/v1/inspection-evidence", Form(s.TaskId, target, "photo", large, "big.jpg"))).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await client.PostAsync("/api/v1/inspection-evidence", Form(s.TaskId, s.Group(2).TargetCodes[0], "photo", EvidenceBytes.Jpeg(), "a.jpg"))).ReadProblemAsync(HttpStatusCode.NotFound);

        foreach (var (name, value, field) in new[] { ("targetCode", "T\01", "targetCode"), ("latitude", "north", "latitude"), ("capturedAtUtc", "yesterday", "capturedAtUtc") })
        {
            var form = name == "targetCode"
                ? Form(s.TaskId, value, "photo", EvidenceBytes.Jpeg(), "a.jpg")
                : Form(s.TaskId, target, "photo", EvidenceBytes.Jpeg(), "a.jpg", (name, value));
            Assert.True((await (await client.PostAsync("/api/v1/inspection-evidence", form)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey(field), field);
        }

        var nulForm = Form(s.TaskId, target, "photo", EvidenceBytes.Jpeg(), "a.jpg");
        var part = nulForm.Last();
        part.Headers.Remove("Content-Disposition");
        part.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename=\"a\0.jpg\"");
        var nul = await client.PostAsync("/api/v1/inspection-evidence", nulForm);
        Assert.True((await nul.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("file"));
        var longName = await client.PostAsync("/api/v1/inspection-evidence", Form(s.TaskId, target, "photo", EvidenceBytes.Jpeg(), new string('照', 256) + ".jpg"));
        Assert.True((await longName.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("file"));
        Assert.Equal(0, await WithDbAsync(db => db.InspectionEvidence.CountAsync()));
    }
    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_stores_one_evidence_and_replays_the_answer()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var photo = EvidenceBytes.Jpeg(2048);
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inspection-evidence")
            {
                Content = Form(s.TaskId, group.TargetCodes[0], "photo", photo, "门头.jpg"),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await group.Member.Client.SendAsync(request);
        }

        var first = await SendAsync();
        using var firstBody = await first.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var retry = await SendAsync();
        using var retryBody = await retry.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(firstBody.RootElement.GetProperty("id").GetGuid(), retryBody.RootElement.GetProperty("id").GetGuid());
        Assert.Equal(1, await WithDbAsync(db => db.InspectionEvidence.CountAsync()));
    }
}
