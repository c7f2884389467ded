using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>
/// #17 through the HTTP API as an analyst uses it, on the facts' small scenario (eight targets, every tier taken whole,
/// half with a problem; docs/evaluation-report-facts.md): a report of this year polled to its end, its figures, the PDF
/// whose text holds the headline figures the JSON returns, the HTML, both named in Chinese; a rerun on the same data
/// reusing the fingerprint and figures; a change in the data changing the digest; the audit trail without file bytes.
/// </summary>
public sealed class EvaluationReportApiTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task An_analyst_generates_downloads_and_reuses_a_report_and_a_change_in_the_data_changes_its_digest()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);

        var job = await EvaluationReportClient.GenerateAsync(analyst, new { year = ThisYear });
        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        Assert.Equal(("Finished", 100, $"{ThisYear}年"), (job.GetProperty("stage").GetString(), job.GetProperty("percent").GetInt32(),
            job.GetProperty("periodLabel").GetString()));
        var id = job.GetProperty("id").GetString()!;
        var fingerprint = job.GetProperty("fingerprint").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", job.GetProperty("dataDigest").GetString()!);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("reusedFromId").ValueKind);
        var files = job.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("format").GetString()!);
        Assert.Equal(["html", "pdf"], files.Keys.Order(StringComparer.Ordinal));

        // The figures: the header carries the fingerprint; eight inspections, half with a problem.
        var figures = await (await analyst.GetAsync($"/api/v1/evaluation-reports/{id}/figures")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("er-1", figures.GetProperty("schema").GetString());
        Assert.Equal(fingerprint, figures.GetProperty("header").GetProperty("fingerprint").GetString());
        var headlines = figures.GetProperty("summary").GetProperty("headlines").EnumerateArray()
            .Select(h => h.GetProperty("display").GetString()!).ToList();
        Assert.NotEmpty(headlines);
        Assert.True(figures.GetProperty("coverage").GetProperty("status").GetProperty("hasData").GetBoolean());

        // The PDF: its text holds every headline figure as the JSON prints it; named in Chinese (RFC 6266/5987), ETag its SHA-256.
        var pdf = await analyst.GetAsync($"/api/v1/evaluation-reports/{id}/file?format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.ToString());
        var disposition = pdf.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"evaluation-report-{ThisYear}.pdf", disposition.FileName?.Trim('"'));
        Assert.Equal($"{ThisYear}年监管效果评估报告.pdf", disposition.FileNameStar);
        Assert.Contains($"filename*=UTF-8''{ThisYear}%E5%B9%B4", string.Join(";", pdf.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.Equal($"\"{files["pdf"].GetProperty("sha256").GetString()}\"", pdf.Headers.ETag?.Tag);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal(files["pdf"].GetProperty("size").GetInt64(), bytes.LongLength);
        var text = EvaluationReportClient.PdfText(bytes);
        Assert.All(headlines.Where(d => d != "—"), d => Assert.Contains(d, text, StringComparison.Ordinal));

        // The HTML: UTF-8, the same figures.
        var html = await analyst.GetAsync($"/api/v1/evaluation-reports/{id}/file?format=html");
        Assert.Equal("text/html; charset=utf-8", html.Content.Headers.ContentType?.ToString());
        Assert.Equal($"{ThisYear}年监管效果评估报告.html", html.Content.Headers.ContentDisposition?.FileNameStar);
        var page = await html.Content.ReadAsStringAsync();
        Assert.All(headlines.Where(d => d != "—"), d => Assert.Contains(WebUtility.HtmlEncode(d), page, StringComparison.Ordinal));

        // A rerun on the same data: the same fingerprint, the first job's figures and files.
        var again = await EvaluationReportClient.GenerateAsync(analyst, new { year = ThisYear });
        Assert.Equal(("succeeded", fingerprint, id), (again.GetProperty("status").GetString(), again.GetProperty("fingerprint").GetString(),
            again.GetProperty("reusedFromId").GetString()));
        var againFigures = await (await analyst.GetAsync($"/api/v1/evaluation-reports/{again.GetProperty("id").GetString()}/figures"))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(figures.GetRawText(), againFigures.GetRawText());
        Assert.Equal(job.GetProperty("files").GetRawText(), again.GetProperty("files").GetRawText());

        // The data changes (the task is published): another digest, another fingerprint, computed afresh.
        (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/publication", null)).EnsureSuccessStatusCode();
        var changed = await EvaluationReportClient.GenerateAsync(analyst, new { year = ThisYear });
        Assert.Equal("succeeded", changed.GetProperty("status").GetString());
        Assert.NotEqual(job.GetProperty("dataDigest").GetString(), changed.GetProperty("dataDigest").GetString());
        Assert.NotEqual(fingerprint, changed.GetProperty("fingerprint").GetString());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("reusedFromId").ValueKind);

        // Listed newest first.
        var list = await (await analyst.GetAsync("/api/v1/evaluation-reports?status=succeeded")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal([changed.GetProperty("id").GetString(), again.GetProperty("id").GetString(), id],
            list.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()));

        // The audit trail: one report.generate per job naming who, the fingerprint and the files' SHA-256; never the bytes.
        var generated = await Client.EntriesAsync("&action=report.generate");
        Assert.Equal(3, generated.Count);
        var first = Assert.Single(generated, e => e.EntityId == id);
        Assert.Equal("analyst-1", first.ActorName);
        var after = first.After!.Value.GetRawText();
        Assert.Contains(fingerprint, after, StringComparison.Ordinal);
        Assert.Contains(files["pdf"].GetProperty("sha256").GetString()!, after, StringComparison.Ordinal);
        var fragment = Convert.ToBase64String(bytes.AsSpan(100, 48));
        var all = await Client.EntriesAsync();
        Assert.DoesNotContain(all, e => e.EntityType == "EvaluationReportFile");
        Assert.DoesNotContain(all, e => $"{e.Before}{e.After}".Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_without_data_gives_a_report_whose_sections_say_so()
    {
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);

        var job = await EvaluationReportClient.GenerateAsync(analyst, new { year = 2001, quarter = 2 });
        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        Assert.Equal(("2001年第二季度", "2001-04-01", "2001-06-30"), (job.GetProperty("periodLabel").GetString(), job.GetProperty("from").GetString(),
            job.GetProperty("to").GetString()));
        var figures = await (await analyst.GetAsync($"/api/v1/evaluation-reports/{job.GetProperty("id").GetString()}/figures"))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        foreach (var section in new[] { "coverage", "hitRates", "estimates", "followUps", "publication" })
        {
            var status = figures.GetProperty(section).GetProperty("status");
            Assert.False(status.GetProperty("hasData").GetBoolean(), section);
            Assert.False(string.IsNullOrWhiteSpace(status.GetProperty("noDataReason").GetString()), section);
        }

        var pdf = await analyst.GetAsync($"/api/v1/evaluation-reports/{job.GetProperty("id").GetString()}/file");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.ToString());
        Assert.Equal("evaluation-report-2001-q2.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}
