using DoubleRandom.Api.IntegrationTests.Audit;
using System.Net;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Support;
using System.Text.Json;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class ExportTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private async Task SeedAsync()
    {
        await Client.SeedOrganizationAsync();
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1), "=HYPERLINK(\"http://evil\")", tier: "D", tags: ["@SUM(1)"]) );
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(2), "+甲公司", tier: "D"));
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(3), "-乙公司", tier: "A"));
    }

    [Fact]
    public async Task CSV_export_follows_the_filters_and_neutralises_formula_cells()
    {
        await SeedAsync();
        var response = await Client.GetAsync("/api/v1/targets/export?format=csv&riskTier=D");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Downloads.AssertNames(response, $"targets-{Downloads.Today}.csv", $"检查对象名录-{Downloads.Today}.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("统一社会信用代码,类别,名称", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1),", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'+甲公司,", lines[2], StringComparison.Ordinal);

        // Personal data leaving the system is on the audit record.
        var export = Assert.Single(await Client.EntriesAsync("&action=read&entityType=Target"));
        Assert.Equal("test-admin", export.ActorName);
    }

    [Fact]
    public async Task XLSX_export_neutralises_formula_cells_too()
    {
        await SeedAsync();
        var response = await Client.GetAsync("/api/v1/targets/export?format=xlsx");
        Downloads.AssertNames(response, $"targets-{Downloads.Today}.xlsx", $"检查对象名录-{Downloads.Today}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ImportFiles.ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["'=HYPERLINK(\"http://evil\")", "'+甲公司", "'-乙公司"], rows.Select(r => r["名称"]?.ToString()));
    }

    [Fact]
    public async Task An_export_imports_back_with_no_change()
    {
        await Client.SeedOrganizationAsync();
        await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(40)), "t.csv");
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(41), "@有限公司", tags: ["-负面"]));
        var exported = await (await Client.GetAsync("/api/v1/targets/export")).Content.ReadAsByteArrayAsync();
        var job = await Client.ImportAsync("targets", exported, "export.csv");
        Assert.Equal(("succeeded", 0L, 0L, 41L), (job.Status, job.Inserted, job.Updated, job.Unchanged));
    }

    [Fact]
    public async Task Officers_export_a_row_per_certificate_neutralised_and_import_back_unchanged()
    {
        var unit = await Client.SeedOrganizationAsync();
        var certificates = new[]
        {
            new { type = "行政执法证", number = "C1", issuedOn = "2020-01-01", expiresOn = "2026-01-01" },
            new { type = "行政执法证", number = "C2", issuedOn = "2026-01-01", expiresOn = "2032-01-01" },
        };
        await Client.PostJsonAsync("/api/v1/officers", new { number = "NX-1", name = "=1+1", unitId = unit, departmentCode = "amr", certificates });
        await Client.PostJsonAsync("/api/v1/officers", new { number = "NX-2", name = "李娜", unitId = unit, departmentCode = "fire", isLeaderEligible = true });

        var csvResponse = await Client.GetAsync("/api/v1/officers/export");
        Downloads.AssertNames(csvResponse, $"officers-{Downloads.Today}.csv", $"执法检查人员名录-{Downloads.Today}.csv");
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("NX-1,'=1+1,NX-640104,amr,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("C2,2026-01-01,2032-01-01", lines[2], StringComparison.Ordinal);

        var leaders = ImportFiles.ReadXlsx(await (await Client.GetAsync("/api/v1/officers/export?format=xlsx&leader=true")).Content.ReadAsByteArrayAsync());
        Assert.Equal("NX-2", Assert.Single(leaders)["人员编号"]);

        // The import reads '=1+1 as a spreadsheet does (the apostrophe marks text), so the round trip changes nothing.
        var job = await Client.ImportAsync("officers", csv, "officers.csv");
        Assert.Equal(("succeeded", 0L, 0L, 2L), (job.Status, job.Inserted, job.Updated, job.Unchanged));
    }

    [Theory]
    [InlineData("format=pdf")]
    [InlineData("riskTier=Z")]
    [InlineData("regionPrefix=abc")]
    public async Task Bad_export_parameters_are_400(string query) =>
        await (await Client.GetAsync($"/api/v1/targets/export?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Theory]
    [InlineData(Application.Rosters.ExportFormat.Csv)]
    [InlineData(Application.Rosters.ExportFormat.Xlsx)]
    public async Task A_failed_export_leaves_no_file_behind(Application.Rosters.ExportFormat format)
    {
        await SeedAsync();
        var folder = Directory.CreateTempSubdirectory("doublerandom-export-test-").FullName;
        try
        {
            var exporter = new Infrastructure.Rosters.Export.RosterExporter(folder);
            await using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(Fixture.Factory.Services);
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Infrastructure.Persistence.AppDbContext>(scope.ServiceProvider);

            // The query fails once rows are asked for, after the file has been started.
            var untranslatable = db.Targets.Where(t => t.Name.GetHashCode(StringComparison.Ordinal) == 1);
            await Assert.ThrowsAsync<InvalidOperationException>(() => exporter.ExportTargetsAsync(untranslatable, format, CancellationToken.None));
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exporter.ExportTargetsAsync(db.Targets, format, cancelled.Token));
            Assert.Empty(Directory.GetFiles(folder));

            var written = await exporter.ExportTargetsAsync(db.Targets, format, CancellationToken.None);
            Assert.Equal(folder, Path.GetDirectoryName(written.Path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_unit_scoped_officer_export_holds_only_the_callers_units()
    {
        var bureau = await RosterApi.SeedOrganizationAsync(Client);
        async Task<Guid> Unit(string code)
        {
            using var unit = await (await Client.PostJsonAsync("/api/v1/branch-units", new { code, name = code, parentId = bureau, regionCode = "640100" }))
                .ReadAsync<JsonDocument>(HttpStatusCode.Created);
            return unit.RootElement.GetProperty("id").GetGuid();
        }

        var yinchuan = await Unit("YC");
        var wuzhong = await Unit("WZ");
        await Client.PostJsonAsync("/api/v1/officers", new { number = "NX-YC", name = "甲", unitId = yinchuan, departmentCode = "amr" });
        await Client.PostJsonAsync("/api/v1/officers", new { number = "NX-WZ", name = "乙", unitId = wuzhong, departmentCode = "amr" });

        using var scoped = Fixture.Factory.CreateClientAs("yc-operator", ["operator"], yinchuan);
        var csv = await (await scoped.GetAsync("/api/v1/officers/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("NX-YC", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("NX-WZ", csv, StringComparison.Ordinal);
    }
}
