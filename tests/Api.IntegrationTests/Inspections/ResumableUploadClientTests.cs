using System.Globalization;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Contract;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// A real tus client (tus-js-client 4.3.1 under node, tests/Contract/tus/resume.mjs) against the service on a real port:
/// the first run is killed in the middle of a PATCH body, a second run with the stored upload URL asks HEAD and finishes
/// from there — not from zero — and the file becomes evidence with its SHA-256.
/// </summary>
public sealed class ResumableUploadClientTests(EvidenceFixture fixture) : PostgresTest<EvidenceFixture>(fixture)
{
    [Fact]
    public async Task Tus_js_client_cut_off_mid_chunk_resumes_from_the_server_offset_and_the_file_becomes_evidence()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var video = EvidenceBytes.Mp4(3 * 1024 * 1024 + 12_345);
        var sha256 = EvidenceBytes.Sha256(video);
        var path = Path.Combine(EvidenceFixture.Root, $"clip-{Guid.NewGuid():N}.mp4");
        Directory.CreateDirectory(EvidenceFixture.Root);
        await File.WriteAllBytesAsync(path, video);

        // A second instance of the service, on a real port, over the same database and folders.
        await using var service = Fixture.CreateFactory(EvidenceFixture.EvidenceSettings);
        var baseUrl = RealPort.Start(service);
        using var direct = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var tokens = await Accounts.LoginAsync(direct, group.Leader.UserName);
        var environment = new Dictionary<string, string>
        {
            ["DR_BASE_URL"] = baseUrl, ["DR_TOKEN"] = tokens.GetProperty("accessToken").GetString()!, ["DR_FILE"] = path,
            ["DR_TASK"] = s.TaskId.ToString(), ["DR_TARGET"] = group.TargetCodes[0], ["DR_SHA256"] = sha256,
            ["DR_CHUNK"] = (256 * 1024).ToString(CultureInfo.InvariantCulture),
            ["DR_CUT_AT"] = (1024 * 1024 + 100 * 1024).ToString(CultureInfo.InvariantCulture), // inside the fifth chunk
        };
        var script = Path.Combine("tus", "resume.mjs");

        var first = await ContractTools.RunOkAsync("tus-js-client, first run", "node", [script], new Dictionary<string, string>(environment) { ["DR_MODE"] = "first" });
        Assert.Contains("cut at", first, StringComparison.Ordinal);
        var uploadUrl = first.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("upload-url=", StringComparison.Ordinal))["upload-url=".Length..];

        // The server keeps what arrived: at least the four whole chunks, and it settles once the cut PATCH is over.
        var head = group.Leader.Client;
        var path2 = new Uri(uploadUrl).AbsolutePath;
        long offset = -1;
        for (int i = 0, stable = 0; i < 100 && stable < 3; i++)
        {
            await Task.Delay(300);
            var now = await TusRequests.OffsetAsync(head, path2);
            stable = now == offset ? stable + 1 : 0;
            offset = now;
        }

        Assert.InRange(offset, 4 * 256 * 1024, video.Length - 1);
        Assert.Equal(0, await CountAsync(db => db.InspectionEvidence.CountAsync()));

        var second = await ContractTools.RunOkAsync("tus-js-client, resumed run", "node", [script],
            new Dictionary<string, string>(environment.Where(e => e.Key != "DR_CUT_AT").ToDictionary()) { ["DR_MODE"] = "resume", ["DR_UPLOAD_URL"] = uploadUrl });
        Assert.Contains("upload complete", second, StringComparison.Ordinal);
        Assert.Contains($"first-patch-offset={offset}", second, StringComparison.Ordinal);

        var evidence = await CountAsync(db => db.InspectionEvidence.SingleAsync());
        Assert.Equal((sha256, video.Length, "video/mp4", s.TaskId, group.TargetCodes[0]),
            (evidence.Sha256, evidence.Size, evidence.ContentType, evidence.TaskId, evidence.TargetCode));
        using var listed = await (await group.Member.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/targets/{group.TargetCodes[0]}/evidence")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(sha256, Assert.Single(listed.RootElement.EnumerateArray()).GetProperty("sha256").GetString());
        File.Delete(path);
    }

    private async Task<T> CountAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
