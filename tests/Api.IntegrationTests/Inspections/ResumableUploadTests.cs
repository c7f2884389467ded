using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>The tus 1.0 server, rule by rule (core, creation, checksum, termination, expiration) and what a finished upload becomes.</summary>
public sealed class ResumableUploadTests(EvidenceFixture fixture) : PostgresTest<EvidenceFixture>(fixture)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A sealed draw, and an upload of a video of <paramref name="size"/> bytes started by group 1's leader.</summary>
    private async Task<(InspectionScenario S, ScenarioGroup Group, byte[] Video, string Url)> StartedAsync(int size)
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var video = EvidenceBytes.Mp4(size);
        return (s, group, video, await TusRequests.CreatedAsync(group.Leader.Client, video.Length, TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", video)));
    }

    private Task<int> EvidenceCountAsync() => WithDbAsync(db => db.InspectionEvidence.CountAsync());

    private static string PartialFile(string url) => Path.Combine(EvidenceFixture.UploadFolder, $"{Guid.Parse(url[(url.LastIndexOf('/') + 1)..]):N}.part");

    [Fact]
    public async Task A_video_sent_in_checksummed_chunks_becomes_evidence_with_its_sha256_and_sniffed_type()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var video = EvidenceBytes.Mp4(300_000);
        var metadata = TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", group.TargetCodes[0]), ("kind", "video"),
            ("filename", "现场/检查视频.mp4"), ("sha256", EvidenceBytes.Sha256(video)), ("capturedAtUtc", "2026-12-07T08:30:00Z"),
            ("latitude", "38.4872"), ("longitude", "106.2309"));
        var url = await TusRequests.CreatedAsync(group.Leader.Client, video.Length, metadata);
        Assert.Equal(0, await TusRequests.OffsetAsync(group.Leader.Client, url));

        var last = await TusRequests.SendAllAsync(group.Leader.Client, url, video, 64 * 1024);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        Assert.Equal(video.Length.ToString(CultureInfo.InvariantCulture), last.Headers.GetValues("Upload-Offset").Single());
        var evidenceUrl = last.Headers.GetValues("Evidence-Location").Single();

        using var evidence = await (await group.Member.Client.GetAsync(evidenceUrl)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var e = evidence.RootElement;
        Assert.Equal(EvidenceBytes.Sha256(video), e.GetProperty("sha256").GetString());
        Assert.Equal("video/mp4", e.GetProperty("contentType").GetString());
        Assert.Equal("video", e.GetProperty("kind").GetString());
        Assert.Equal("检查视频.mp4", e.GetProperty("fileName").GetString());
        Assert.Equal(video.Length, e.GetProperty("size").GetInt64());
        Assert.Equal(38.4872, e.GetProperty("latitude").GetDouble());
        Assert.Equal(new DateTime(2026, 12, 7, 8, 30, 0, DateTimeKind.Utc), e.GetProperty("capturedAtUtc").GetDateTime().ToUniversalTime());

        var content = await group.Member.Client.GetAsync($"{evidenceUrl}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal("video/mp4", content.Content.Headers.ContentType?.MediaType);
        Assert.Equal(video, await content.Content.ReadAsByteArrayAsync());
        Assert.False(File.Exists(PartialFile(url)));

        // The finished upload still answers HEAD (a client that lost the last response learns it is done).
        var head = await TusRequests.HeadAsync(group.Leader.Client, url);
        Assert.Equal(video.Length.ToString(CultureInfo.InvariantCulture), head.Headers.GetValues("Upload-Offset").Single());
        Assert.Equal(evidenceUrl, head.Headers.GetValues("Evidence-Location").Single());
    }

    [Fact]
    public async Task A_patch_at_the_wrong_offset_is_409_and_a_head_after_a_partial_patch_gives_the_offset_to_resume_from()
    {
        var (s, group, video, url) = await StartedAsync(100_000);

        Assert.Equal(HttpStatusCode.NoContent, (await TusRequests.PatchAsync(group.Leader.Client, url, 0, video[..40_000])).StatusCode);
        Assert.Equal(40_000, await TusRequests.OffsetAsync(group.Leader.Client, url));

        // Resending from zero (a client that forgot the offset) changes nothing.
        var wrong = await TusRequests.PatchAsync(group.Leader.Client, url, 0, video[..40_000]);
        var problem = await wrong.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("upload-offset-mismatch", problem.Code);
        Assert.Equal("1.0.0", wrong.Headers.GetValues("Tus-Resumable").Single());
        Assert.Equal(40_000, await TusRequests.OffsetAsync(group.Leader.Client, url));

        var last = await TusRequests.SendAllAsync(group.Leader.Client, url, video, 30_000, offset: 40_000);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        Assert.Equal(1, await EvidenceCountAsync());
    }

    [Fact]
    public async Task A_patch_whose_connection_drops_mid_body_keeps_every_byte_that_arrived()
    {
        var (s, group, video, url) = await StartedAsync(200_000);

        // A real socket to the service on a real port: the PATCH announces 200,000 bytes, sends 120,000 and the
        // connection closes, as when a phone loses its signal.
        await using var service = Fixture.CreateFactory(EvidenceFixture.EvidenceSettings);
        var address = new Uri(RealPort.Start(service));
        using var direct = new HttpClient { BaseAddress = address };
        var token = (await Accounts.LoginAsync(direct, group.Leader.UserName)).GetProperty("accessToken").GetString();
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            var head = $"PATCH {url} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {token}\r\nTus-Resumable: 1.0.0\r\n"
                + $"Upload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: {video.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(video.AsMemory(0, 60_000));
            await stream.FlushAsync();

            // The service is reading the body by now (the signal drops mid-transfer, not before the request began).
            await Task.Delay(1000);

            await stream.WriteAsync(video.AsMemory(60_000, 60_000));
            await stream.FlushAsync();
            await Task.Delay(500);
        }

        long offset = -1;
        for (int i = 0, stable = 0; i < 100 && (stable < 2 || offset == 0); i++)
        {
            await Task.Delay(200);
            var now = await TusRequests.OffsetAsync(group.Leader.Client, url);
            stable = now == offset ? stable + 1 : 0;
            offset = now;
        }

        Assert.Equal(120_000, offset);
        var last = await TusRequests.SendAllAsync(group.Leader.Client, url, video, 50_000, offset);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        using var evidence = await (await group.Leader.Client.GetAsync(last.Headers.GetValues("Evidence-Location").Single())).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(EvidenceBytes.Sha256(video), evidence.RootElement.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_chunk_whose_checksum_does_not_match_is_460_and_discarded()
    {
        var (s, group, video, url) = await StartedAsync(60_000);
        Assert.Equal(HttpStatusCode.NoContent, (await TusRequests.PatchAsync(group.Leader.Client, url, 0, video[..20_000], TusRequests.Sha1Checksum(video[..20_000]))).StatusCode);

        var bad = await TusRequests.PatchAsync(group.Leader.Client, url, 20_000, video[20_000..40_000], TusRequests.Sha256Checksum(video[..20_000]));
        var problem = await bad.ReadProblemAsync((HttpStatusCode)460);
        Assert.Equal("urn:doublerandom:problem:checksum-mismatch", problem.Type);
        Assert.Equal(20_000, await TusRequests.OffsetAsync(group.Leader.Client, url));
        Assert.Equal(20_000, new FileInfo(PartialFile(url)).Length);

        var unknown = await TusRequests.PatchAsync(group.Leader.Client, url, 20_000, video[20_000..40_000], "md5 AAAA");
        Assert.Contains("Upload-Checksum", (await unknown.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await TusRequests.SendAllAsync(group.Leader.Client, url, video, 20_000, 20_000)).StatusCode);
    }

    [Fact]
    public async Task Termination_removes_the_upload_and_its_partial_file()
    {
        var (s, group, video, url) = await StartedAsync(50_000);
        await TusRequests.PatchAsync(group.Leader.Client, url, 0, video[..10_000]);
        Assert.True(File.Exists(PartialFile(url)));

        Assert.Equal(HttpStatusCode.NoContent, (await TusRequests.DeleteAsync(group.Leader.Client, url)).StatusCode);
        Assert.False(File.Exists(PartialFile(url)));
        await (await TusRequests.HeadAsync(group.Leader.Client, url)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await TusRequests.PatchAsync(group.Leader.Client, url, 10_000, video[10_000..])).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await WithDbAsync(db => db.ResumableUploads.CountAsync()));
        Assert.Equal(0, await EvidenceCountAsync());
    }

    [Fact]
    public async Task An_expired_upload_is_gone_with_its_partial_file_and_expired_uploads_are_swept_when_another_starts()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var video = EvidenceBytes.Mp4(50_000);
        var metadata = TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", video);
        var first = await TusRequests.CreatedAsync(group.Leader.Client, video.Length, metadata);
        var second = await TusRequests.CreatedAsync(group.Member.Client, video.Length, metadata);
        await TusRequests.PatchAsync(group.Leader.Client, first, 0, video[..10_000]);
        await TusRequests.PatchAsync(group.Member.Client, second, 0, video[..10_000]);
        await WithDbAsync(db => db.ResumableUploads.ExecuteUpdateAsync(u => u.SetProperty(x => x.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));

        await (await TusRequests.HeadAsync(group.Leader.Client, first)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.False(File.Exists(PartialFile(first)));

        // Nobody asks for the second again: the next creation sweeps it.
        Assert.True(File.Exists(PartialFile(second)));
        var third = await TusRequests.CreatedAsync(group.Leader.Client, video.Length, metadata);
        Assert.False(File.Exists(PartialFile(second)));
        Assert.Equal([Guid.Parse(third[(third.LastIndexOf('/') + 1)..])], await WithDbAsync(db => db.ResumableUploads.Select(u => u.Id).ToListAsync()));
    }

    [Fact]
    public async Task A_finished_file_whose_sha256_differs_from_the_declared_one_is_refused_and_nothing_becomes_evidence()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var video = EvidenceBytes.Mp4(40_000);
        var url = await TusRequests.CreatedAsync(group.Leader.Client, video.Length,
            TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", video, sha256: EvidenceBytes.Sha256(EvidenceBytes.Mp4(100))));
        var last = await TusRequests.SendAllAsync(group.Leader.Client, url, video, 16_000);
        Assert.Contains("sha256", (await last.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await EvidenceCountAsync());
        Assert.False(File.Exists(PartialFile(url)));
        Assert.False(File.Exists(Path.Combine(EvidenceFixture.AttachmentFolder, EvidenceBytes.Sha256(video))));

        // Bytes of another kind than declared (a JPEG sent as a video): refused the same way, naming kind.
        var photo = EvidenceBytes.Jpeg(30_000);
        var other = await TusRequests.CreatedAsync(group.Leader.Client, photo.Length, TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", photo));
        Assert.Contains("kind", (await (await TusRequests.SendAllAsync(group.Leader.Client, other, photo, 30_000)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await EvidenceCountAsync());
    }

    [Fact]
    public async Task Only_the_uploader_sees_continues_or_ends_an_upload_and_only_the_assigned_group_starts_one()
    {
        var (s, group, video, url) = await StartedAsync(30_000);

        // Even a member of the same group: 404, as for an upload that does not exist.
        await (await TusRequests.HeadAsync(group.Member.Client, url)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await TusRequests.PatchAsync(group.Member.Client, url, 0, video)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await TusRequests.DeleteAsync(group.Member.Client, url)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await TusRequests.OffsetAsync(group.Leader.Client, url));

        // A target of the other group, and a spare inspector in no group: 404, nothing created.
        var otherTarget = s.Group(2).TargetCodes[0];
        await (await TusRequests.CreateAsync(group.Leader.Client, video.Length, TusRequests.Metadata(s.TaskId, otherTarget, "video", video))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await TusRequests.CreateAsync(s.Spares.First().Client, video.Length, TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", video))).ReadProblemAsync(HttpStatusCode.NotFound);
        var operatorClient = s.Draw.Operator;
        Assert.Equal(HttpStatusCode.Forbidden, (await TusRequests.CreateAsync(operatorClient, video.Length, TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", video))).StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.ResumableUploads.CountAsync()));
    }

    [Fact]
    public async Task Bad_tus_headers_are_4xx_problems_naming_the_header_and_create_nothing()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var client = group.Leader.Client;
        var video = EvidenceBytes.Mp4(10_000);
        var good = TusRequests.Metadata(s.TaskId, group.TargetCodes[0], "video", video);

        var version = await TusRequests.CreateAsync(client, video.Length, good, version: "0.2.2");
        Assert.Equal("urn:doublerandom:problem:tus-version", (await version.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Type);
        Assert.Equal("1.0.0", version.Headers.GetValues("Tus-Version").Single());

        async Task Refused(string metadata, string field, long length = 10_000)
        {
            var response = await TusRequests.CreateAsync(client, length, metadata);
            var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Errors!.ContainsKey(field), $"{field} not in {string.Join(", ", problem.Errors.Keys)}");
        }

        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", "T\0001"), ("kind", "video"), ("filename", "a.mp4"), ("sha256", EvidenceBytes.Sha256(video))), "targetCode");
        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", group.TargetCodes[0]), ("kind", "video"), ("filename", "a\0.mp4"), ("sha256", EvidenceBytes.Sha256(video))), "filename");
        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", group.TargetCodes[0]), ("kind", "video"), ("filename", new string('长', 256) + ".mp4"), ("sha256", EvidenceBytes.Sha256(video))), "filename");
        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", new string('T', 65)), ("kind", "video"), ("filename", "a.mp4"), ("sha256", EvidenceBytes.Sha256(video))), "targetCode");
        await Refused(TusRequests.Metadata(("taskId", "not-a-guid"), ("targetCode", group.TargetCodes[0]), ("kind", "video"), ("filename", "a.mp4"), ("sha256", EvidenceBytes.Sha256(video))), "taskId");
        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", group.TargetCodes[0]), ("kind", "hologram"), ("filename", "a.mp4"), ("sha256", EvidenceBytes.Sha256(video))), "kind");
        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", group.TargetCodes[0]), ("kind", "video"), ("filename", "a.mp4"), ("sha256", "abc")), "sha256");
        await Refused(TusRequests.Metadata(("taskId", s.TaskId.ToString()), ("targetCode", group.TargetCodes[0]), ("kind", "video"), ("filename", "a.mp4")), "sha256");
        await Refused(good + ",latitude " + Convert.ToBase64String("91"u8.ToArray()) + ",longitude " + Convert.ToBase64String("1"u8.ToArray()), "latitude");
        await Refused(good + ",x " + new string('A', 5000), "Upload-Metadata");
        await Refused(good + ",taskId QUFB", "Upload-Metadata");
        await Refused("taskId !!!", "taskId");

        var overflow = new HttpRequestMessage(HttpMethod.Post, TusRequests.Uploads);
        overflow.Headers.Add("Tus-Resumable", "1.0.0");
        overflow.Headers.Add("Upload-Length", "99999999999999999999999");
        overflow.Headers.Add("Upload-Metadata", good);
        Assert.True((await (await client.SendAsync(overflow)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("Upload-Length"));
        await (await TusRequests.CreateAsync(client, 65L * 1024 * 1024, good)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await WithDbAsync(db => db.ResumableUploads.CountAsync()));

        var url = await TusRequests.CreatedAsync(client, video.Length, good);
        await (await TusRequests.PatchAsync(client, url, 0, video, contentType: "application/octet-stream")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var longer = await TusRequests.PatchAsync(client, url, 0, [.. video, .. video]);
        Assert.True((await longer.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("Upload-Length"));
        Assert.Equal(0, await TusRequests.OffsetAsync(client, url));

        var options = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, TusRequests.Uploads));
        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("creation,checksum,termination,expiration", options.Headers.GetValues("Tus-Extension").Single());
        Assert.Equal("sha1,sha256", options.Headers.GetValues("Tus-Checksum-Algorithm").Single());
        Assert.Equal((64 * 1024 * 1024).ToString(CultureInfo.InvariantCulture), options.Headers.GetValues("Tus-Max-Size").Single());
    }
    [Fact]
    public async Task A_retry_of_the_last_patch_after_completion_is_answered_as_done_not_500()
    {
        var (_, group, video, url) = await StartedAsync(50_000);
        var last = await TusRequests.SendAllAsync(group.Leader.Client, url, video, 30_000);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        var evidenceUrl = last.Headers.GetValues("Evidence-Location").Single();

        // The answer was lost on the way: the client sends the last chunk again.
        var retry = await TusRequests.PatchAsync(group.Leader.Client, url, 30_000, video[30_000..]);
        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
        Assert.Equal(video.Length.ToString(CultureInfo.InvariantCulture), retry.Headers.GetValues("Upload-Offset").Single());
        Assert.Equal(evidenceUrl, retry.Headers.GetValues("Evidence-Location").Single());
        Assert.Equal("1.0.0", retry.Headers.GetValues("Tus-Resumable").Single());
        Assert.Equal(1, await EvidenceCountAsync());

        // Answers written before the route runs say the tus version too.
        using var anonymous = Fixture.Factory.CreateClient();
        var unauthorised = await TusRequests.HeadAsync(anonymous, url);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal("1.0.0", unauthorised.Headers.GetValues("Tus-Resumable").Single());
    }

    [Fact]
    public async Task A_task_closed_during_an_upload_refuses_the_next_patch_before_its_bytes_and_removes_the_upload()
    {
        var (s, group, video, url) = await StartedAsync(60_000);
        Assert.Equal(HttpStatusCode.NoContent, (await TusRequests.PatchAsync(group.Leader.Client, url, 0, video[..20_000])).StatusCode);
        (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/close", null)).EnsureSuccessStatusCode();

        var patch = await TusRequests.PatchAsync(group.Leader.Client, url, 20_000, video[20_000..]);
        Assert.Equal("task-closed", (await patch.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        // Gone, not "offset = length": a client asking with HEAD learns the upload is no more, and no evidence is lost silently.
        Assert.Equal(HttpStatusCode.NotFound, (await TusRequests.HeadAsync(group.Leader.Client, url)).StatusCode);
        Assert.False(File.Exists(PartialFile(url)));
        Assert.Equal(0, await WithDbAsync(db => db.ResumableUploads.CountAsync()));
        Assert.Equal(0, await EvidenceCountAsync());

        var form = new MultipartFormDataContent
        {
            { new StringContent(s.TaskId.ToString()), "taskId" },
            { new StringContent(group.TargetCodes[0]), "targetCode" },
            { new StringContent("photo"), "kind" },
            { new ByteArrayContent(EvidenceBytes.Jpeg()), "file", "a.jpg" },
        };
        var photo = await group.Leader.Client.PostAsync("/api/v1/inspection-evidence", form);
        Assert.Equal("task-closed", (await photo.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(0, await EvidenceCountAsync());
    }
}
