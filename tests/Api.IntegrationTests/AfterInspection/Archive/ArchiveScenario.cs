using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>
/// The inspection scenario carried to its end: every target of both groups has a record, one target a photo and the
/// target's signature, every group's summary is signed off (member, then leader), and — with <see cref="CloseAndPublishAsync"/> —
/// the task is closed and its results published, ready to be archived.
/// </summary>
internal sealed class ArchiveScenario
{
    private ArchiveScenario(InspectionScenario inspection, string photoTarget, byte[] photo, Guid signedRecordId)
    {
        Inspection = inspection;
        PhotoTarget = photoTarget;
        Photo = photo;
        SignedRecordId = signedRecordId;
    }

    public InspectionScenario Inspection { get; }

    public Guid TaskId => Inspection.TaskId;

    /// <summary>The target with a photo (and whose record the target signed).</summary>
    public string PhotoTarget { get; }

    public byte[] Photo { get; }

    public Guid SignedRecordId { get; }

    public HttpClient Operator => Inspection.Draw.Operator;

    public static async Task<ArchiveScenario> StartAsync(ApiFactory factory, HttpClient admin)
    {
        var s = await InspectionScenario.StartAsync(factory, admin);
        foreach (var group in s.Groups)
        {
            await SummaryRecords.WriteAsync(s, group.Number, group.TargetCodes);
        }

        var g = s.Group(1);
        var target = g.TargetCodes[0];
        var photo = EvidenceBytes.Jpeg(4096);
        using (var form = PhotoForm(s.TaskId, target, photo))
        {
            Assert.Equal(HttpStatusCode.Created, (await g.Member.Client.PostAsync("/api/v1/inspection-evidence", form)).StatusCode);
        }

        using var summary = await (await g.Leader.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/1/summary")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var recordId = summary.RootElement.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("code").GetString() == target).GetProperty("recordId").GetGuid();
        using (var image = InspectionFlowTests.Image(InspectionFlowTests.Png))
        {
            var read = await g.Member.Client.GetAsync($"/api/v1/inspection-records/{recordId}");
            using var sign = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/inspection-records/{recordId}/acknowledgement/signature") { Content = image };
            sign.Headers.IfMatch.Add(read.Headers.ETag!);
            Assert.Equal(HttpStatusCode.OK, (await g.Member.Client.SendAsync(sign)).StatusCode);
        }

        foreach (var group in s.Groups)
        {
            await SignOffAsync(s, group);
        }

        return new ArchiveScenario(s, target, photo, recordId);
    }

    public async Task CloseAsync() => (await Operator.PostAsync($"/api/v1/tasks/{TaskId}/close", null)).EnsureSuccessStatusCode();

    /// <summary>Publishes the closed task's results (一公开): a task is archived only once published.</summary>
    public async Task PublishAsync() => (await Operator.PostAsync($"/api/v1/tasks/{TaskId}/publication", null)).EnsureSuccessStatusCode();

    /// <summary>Closes and publishes the task: ready to be archived.</summary>
    public async Task CloseAndPublishAsync()
    {
        await CloseAsync();
        await PublishAsync();
    }

    public Task<HttpResponseMessage> ArchiveAsync(HttpClient? client = null) => (client ?? Operator).PostAsync($"/api/v1/tasks/{TaskId}/archive", null);

    /// <summary>The archive's ZIP as downloaded.</summary>
    public async Task<byte[]> DownloadAsync()
    {
        var response = await Operator.GetAsync($"/api/v1/tasks/{TaskId}/archive.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static MultipartFormDataContent PhotoForm(Guid taskId, string targetCode, byte[] photo)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(taskId.ToString()), "taskId" },
            { new StringContent(targetCode), "targetCode" },
            { new StringContent("photo"), "kind" },
        };
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "现场照片.jpg");
        return form;
    }

    private static async Task SignOffAsync(InspectionScenario s, ScenarioGroup group)
    {
        var url = $"/api/v1/tasks/{s.TaskId}/groups/{group.Number}/summary";
        using var summary = await (await group.Member.Client.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var hash = summary.RootElement.GetProperty("contentSha256").GetString();
        foreach (var inspector in new[] { group.Member, group.Leader })
        {
            Assert.Equal(HttpStatusCode.OK, (await inspector.Client.PostJsonAsync($"{url}/signatures", new { contentSha256 = hash })).StatusCode);
        }
    }
}
