using System.Net;
using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// The summary as files — an A4 Chinese PDF in the draw record's look (subset font), signed with the bureau's certificate
/// when one is configured (pdfsig validates it), and a workbook — and who may read it: the task's scope for overseers.
/// </summary>
public sealed class GroupSummaryDownloadTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_summary_PDF_lists_results_uninspected_targets_the_hash_and_signatures_and_is_signed_when_configured()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var g = s.Group(1);
        var url = $"/api/v1/tasks/{s.TaskId}/groups/1/summary";
        await SummaryRecords.WriteAsync(s, 1, g.TargetCodes.Skip(1));
        await SummaryRecords.ReviseAsync(s, 1, g.TargetCodes[1], "冷藏柜温度记录缺失");
        using var summary = await GroupSummaryTests.GetAsync(g.Member.Client, url);
        var hash = summary.RootElement.GetProperty("contentSha256").GetString()!;

        var response = await g.Member.Client.GetAsync($"{url}.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Downloads.AssertNames(response, $"group-summary-{s.TaskId}-1.pdf", "汇总表-2026年食品经营现场检查-第1组.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var path = Path.Combine(Path.GetTempPath(), $"group-summary-{s.TaskId:N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var text = Regex.Replace(await DrawRecordTests.RunAsync("pdftotext", $"-enc UTF-8 {path} -"), "\\s+", string.Empty);
        foreach (var expected in new[] { "检查结果汇总表", "2026年食品经营现场检查", "第1组", "未检查", "现场检查", "发现问题已责令改正", "冷藏柜温度记录缺失", "2026-12-31", hash, "尚无签名", $"组长（签字）：" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Matches(new Regex("^[A-Z]{6}\\+\\S+\\s+CID TrueType", RegexOptions.Multiline), await DrawRecordTests.RunAsync("pdffonts", path));
        Assert.Contains("does not contain any signatures", await PdfSignatures.CheckAsync(pdf), StringComparison.Ordinal);

        // With the bureau's certificate: the same summary, signed; the member's signature is listed as current.
        await SummaryRecords.WriteAsync(s, 1, g.TargetCodes.Take(1));
        using var complete = await GroupSummaryTests.GetAsync(g.Member.Client, url);
        (await GroupSummaryTests.SignAsync(g.Member, url, complete.RootElement.GetProperty("contentSha256").GetString()!)).EnsureSuccessStatusCode();
        var certificate = PdfSignatures.CreateCertificate();
        await using var signing = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Records:SigningCertificate", certificate).UseSetting("Records:SigningCertificatePassword", PdfSignatures.Password));
        var signed = await (await signing.CreateClientAs("op-1", ["operator"], s.Draw.UnitId).GetAsync($"{url}.pdf")).Content.ReadAsByteArrayAsync();
        var report = await PdfSignatures.CheckAsync(signed);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Digest Mismatch", await PdfSignatures.CheckAsync(PdfSignatures.Tampered(signed)), StringComparison.Ordinal);
        await File.WriteAllBytesAsync(path, signed);
        Assert.Contains("与当前内容一致", Regex.Replace(await DrawRecordTests.RunAsync("pdftotext", $"-enc UTF-8 {path} -"), "\\s+", string.Empty),
            StringComparison.Ordinal);
        File.Delete(certificate);
    }

    [Fact]
    public async Task The_summary_workbook_has_a_row_per_result_the_signatures_and_the_hash()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var g = s.Group(2);
        var url = $"/api/v1/tasks/{s.TaskId}/groups/2/summary";
        await SummaryRecords.WriteAsync(s, 2, g.TargetCodes.Skip(1));
        using var summary = await GroupSummaryTests.GetAsync(g.Leader.Client, url);

        var response = await g.Leader.Client.GetAsync($"{url}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Downloads.AssertNames(response, $"group-summary-{s.TaskId}-2.xlsx", "汇总表-2026年食品经营现场检查-第2组.xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["汇总表", "签名", "说明"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "汇总表").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(((g.TargetCodes.Count - 1) * s.ItemIds.Count) + 1, rows.Count);
        Assert.Single(rows, r => (string?)r["检查结果"] == "未检查" && (string?)r["统一社会信用代码"] == g.TargetCodes[0]);
        Assert.All(rows.Where(r => (string?)r["统一社会信用代码"] != g.TargetCodes[0]), r => Assert.Equal("未发现问题", r["检查结果"]));
        var notes = stream.Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(notes, r => (string?)r["项目"] == "内容摘要（SHA-256）" && (string?)r["内容"] == summary.RootElement.GetProperty("contentSha256").GetString());
    }

    [Fact]
    public async Task Overseers_read_the_summaries_of_tasks_in_their_scope_and_others_get_404()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 24);
        await s.CreateSupervisorAsync();
        var wuzhong = BranchUnit.Create("WZ", "吴忠市局", null, "640300");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.BranchUnits.Add(wuzhong);
            await db.SaveChangesAsync();
        }

        var (taskId, _, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(await s.CreateItemAsync(), groups: 1, officerUnitIds: [s.UnitId]));
        var url = $"/api/v1/tasks/{taskId}/groups/1/summary";
        foreach (var (name, role, unit) in new[] { ("yc-op", "operator", s.UnitId), ("yc-lead", "leader", s.UnitId), ("yc-sup", "supervisor", s.UnitId), ("wz-admin", "administrator", wuzhong.Id) })
        {
            using var reader = Fixture.Factory.CreateClientAs(name, [role], unit);
            using var summary = await GroupSummaryTests.GetAsync(reader, url);
            Assert.Equal("incomplete", summary.RootElement.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{url}.xlsx")).StatusCode);
        }

        foreach (var (name, role) in new[] { ("wz-op", "operator"), ("wz-lead", "leader"), ("wz-insp", "inspector"), ("yc-insp", "inspector") })
        {
            using var outsider = Fixture.Factory.CreateClientAs(name, [role], name.StartsWith("yc", StringComparison.Ordinal) ? s.UnitId : wuzhong.Id);
            await (await outsider.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.GetAsync($"{url}.pdf")).ReadProblemAsync(HttpStatusCode.NotFound);
        }
    }
}
