using System.Net;
using System.Net.Http.Headers;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Seeding;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>What roster tests keep doing: the organisation they need, valid codes, uploads, polling a job.</summary>
internal static class RosterApi
{
    /// <summary>A client of a factory a test starts itself (restart, SQLite), signed in as an administrator.</summary>
    public static HttpClient NewClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.CreateAdministratorClient();

    public static string Code(long i, TargetKind kind = TargetKind.Enterprise, string region = "640104") =>
        DemoRosterGenerator.CreditCode(kind, region, i);

    /// <summary>Departments amr and fire, and unit NX-640104; returns the unit id.</summary>
    public static async Task<Guid> SeedOrganizationAsync(this HttpClient client)
    {
        await client.PostJsonAsync("/api/v1/departments", new { code = "amr", name = "市场监督管理" });
        await client.PostJsonAsync("/api/v1/departments", new { code = "fire", name = "消防救援" });
        var unit = await (await client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640104", name = "兴庆区市场监督管理局", regionCode = "640104" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        return unit.Id;
    }

    public static object TargetBody(string code, string name = "宁夏塞上商贸有限公司", string region = "640104", string? tier = "A",
        string[]? departments = null, string[]? tags = null, string? section = "F", string? division = "51") => new
        {
            code,
            name,
            legalRepresentative = "王伟",
            address = "兴庆区解放街1号",
            regionCode = region,
            industrySection = section,
            industryDivision = division,
            departmentCodes = departments ?? ["amr"],
            registrationDate = "2015-03-01",
            registeredCapital = 100.5m,
            status = "active",
            riskTier = tier,
            tags = tags ?? [],
        };

    public static async Task<TargetDto> CreateTargetAsync(this HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/v1/targets", body)).ReadAsync<TargetDto>(HttpStatusCode.Created);

    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string roster, byte[] content, string fileName, string query = "mode=apply")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/{roster}/import?{query}", form);
    }

    /// <summary>Uploads, expects 202 with a Location, and polls the job until it finishes.</summary>
    public static async Task<ImportJobDto> ImportAsync(this HttpClient client, string roster, byte[] content, string fileName, string query = "mode=apply")
    {
        var response = await client.UploadAsync(roster, content, fileName, query);
        var queued = await response.ReadAsync<ImportJobDto>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/v1/import-jobs/{queued.Id}", response.Headers.Location?.OriginalString);
        return await client.WaitForJobAsync(queued.Id);
    }

    public static async Task<ImportJobDto> WaitForJobAsync(this HttpClient client, Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await (await client.GetAsync($"/api/v1/import-jobs/{id}")).ReadAsync<ImportJobDto>(HttpStatusCode.OK);
            if (job.Status is "succeeded" or "rejected" or "failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Import job {id} did not finish.");
    }

    public static async Task<string> ReportAsync(this HttpClient client, ImportJobDto job)
    {
        var response = await client.GetAsync(job.ReportUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
    }
}
