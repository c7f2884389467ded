using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>Requests a report through the API and polls it to its end; extracts a PDF's text with poppler's pdftotext.</summary>
internal static class EvaluationReportClient
{
    public static async Task<JsonElement> GenerateAsync(HttpClient client, object request)
    {
        var response = await client.PostJsonAsync("/api/v1/evaluation-reports", request);
        var queued = await response.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var id = queued.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/evaluation-reports/{id}", response.Headers.Location?.ToString());
        return await FinishedAsync(client, id);
    }

    public static async Task<JsonElement> FinishedAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await (await client.GetAsync($"/api/v1/evaluation-reports/{id}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
            if (job.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"report job {id} did not finish");
    }

    public static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
