using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>The printable 抽取记录: an A4 PDF in Chinese with the digest, groups, signature lines and a QR code.</summary>
public sealed class DrawRecordTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_draw_record_is_a_Chinese_PDF_naming_the_task_the_digest_and_the_groups()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync();
        await s.CreateSupervisorAsync();
        var item = await s.CreateItemAsync();
        var prepared = await s.PrepareAsync((await s.CreateTaskAsync(DrawScenario.TaskBody(item))).GetProperty("id").GetGuid());
        var drawId = prepared.GetProperty("id").GetGuid();
        Assert.Equal("draw-not-sealed", (await (await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        using var sealedDraw = await (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).ReadAsync<JsonDocument>(HttpStatusCode.OK);

        var response = await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var day = sealedDraw.RootElement.GetProperty("drawDate").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        Downloads.AssertNames(response, $"draw-record-{drawId}.pdf", $"抽取记录-2026年食品经营抽查-{day}.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        var path = Path.Combine(Path.GetTempPath(), $"draw-record-{drawId:N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var text = (await RunAsync("pdftotext", $"-enc UTF-8 {path} -")).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("双随机抽取记录", text, StringComparison.Ordinal);
        Assert.Contains("2026年食品经营抽查", text, StringComparison.Ordinal);
        Assert.Contains("第1组", text, StringComparison.Ordinal);
        Assert.Contains("监督人（签字）", text, StringComparison.Ordinal);
        Assert.Contains(sealedDraw.RootElement.GetProperty("resultDigest").GetString()!, text.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await RunAsync("pdftoppm", $"-png -r 60 -f 1 -l 1 {path} {Path.ChangeExtension(path, null)}");
    }

    internal static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start (apt-get install poppler-utils)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
