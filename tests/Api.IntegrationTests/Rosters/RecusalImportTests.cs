using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class RecusalImportTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    /// <summary>The header <c>generate-demo</c> writes to recusals.csv.</summary>
    private const string Header = "人员编号,检查对象代码,回避事由,说明,开始日期,结束日期";

    private static readonly string[] Lines =
    [
        $"NX-1,{RosterApi.Code(1)},Kinship,,2026-01-01,2027-12-31",
        $"NX-1,{RosterApi.Code(2)},曾任职,,2026-01-01,",
        $"NX-2,{RosterApi.Code(1)},其他,同村,2025-06-01,2026-06-01",
    ];

    private static byte[] File(params string[] lines) => ImportFiles.Utf8(Header + "\n" + string.Join("\n", lines) + "\n");

    /// <summary>Departments, a unit, targets 1–3 and officers NX-1, NX-2.</summary>
    private async Task SeedAsync()
    {
        await Client.SeedOrganizationAsync();
        Assert.Equal(3L, (await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(3)), "t.csv")).Inserted);
        var officers = "人员编号,姓名,所属单位,部门\nNX-1,张伟,NX-640104,amr\nNX-2,李娜,NX-640104,fire\n";
        Assert.Equal(2L, (await Client.ImportAsync("officers", ImportFiles.Utf8(officers), "o.csv")).Inserted);
    }

    [Fact]
    public async Task Recusals_import_by_officer_number_and_target_code_and_a_reimport_changes_nothing()
    {
        await SeedAsync();
        var dry = await Client.ImportAsync("recusals", File(Lines), "r.csv", "mode=dryRun");
        Assert.Equal(("succeeded", "recusals", 3L), (dry.Status, dry.Roster, dry.Inserted));
        Assert.Equal(0, await Fixture.CountRowsAsync("recusals"));

        var job = await Client.ImportAsync("recusals", File(Lines), "r.csv");
        Assert.Equal(("succeeded", 3L, 3L, 0L), (job.Status, job.RowsDone, job.Inserted, job.Unchanged));
        var listed = await (await Client.GetAsync($"/api/v1/recusals?targetCode={RosterApi.Code(1)}")).ReadAsync<Page<RecusalDto>>(HttpStatusCode.OK);
        Assert.Equal(2, listed.TotalCount);
        Assert.Contains(listed.Items, r => r is { Reason: "other", Note: "同村", RecordedBy: "test-admin" });
        var again = await Client.ImportAsync("recusals", File(Lines), "r.csv");
        Assert.Equal((0L, 0L, 3L), (again.Inserted, again.Updated, again.Unchanged));

        // Officer, target and start date identify a recusal: a new end updates it (version 2), a new start adds one.
        var changed = await Client.ImportAsync("recusals", File(
            $"NX-1,{RosterApi.Code(1)},亲属关系,,2026-01-01,2028-12-31", $"NX-1,{RosterApi.Code(1)},kinship,,2029-01-01,"), "r.csv");
        Assert.Equal((1L, 1L, 0L), (changed.Inserted, changed.Updated, changed.Unchanged));
        Assert.Equal(2, await Fixture.ScalarAsync("SELECT version FROM recusals WHERE valid_to = '2028-12-31'"));
        Assert.Equal(4, await Fixture.CountRowsAsync("recusals"));
    }

    [Fact]
    public async Task English_headers_and_XLSX_are_accepted()
    {
        await SeedAsync();
        var csv = $"targetCode,officerNumber,reason,validFrom,note\n{RosterApi.Code(3)},NX-2,priorCase,2026-02-01,\n";
        var fromCsv = await Client.ImportAsync("recusals", ImportFiles.Utf8(csv), "r.csv");
        Assert.Equal(("succeeded", 1L), (fromCsv.Status, fromCsv.Inserted));
        var xlsx = ImportFiles.Xlsx([new() { ["人员编号"] = "NX-2", ["检查对象代码"] = RosterApi.Code(2), ["回避事由"] = "曾办理案件", ["开始日期"] = new DateTime(2026, 3, 1) }]);
        var fromXlsx = await Client.ImportAsync("recusals", xlsx, "r.xlsx");
        Assert.Equal(("succeeded", 1L), (fromXlsx.Status, fromXlsx.Inserted));
        Assert.Equal(2, await Fixture.CountRowsAsync("recusals"));
    }

    [Fact]
    public async Task One_bad_row_rejects_the_file_and_every_bad_cell_is_reported()
    {
        await SeedAsync();
        var job = await Client.ImportAsync("recusals", File(
            Lines[0],                                                        // row 2: fine
            $"NX-9,{RosterApi.Code(1)},Kinship,,2026-01-01,",                // row 3: no such officer
            $"NX-1,{RosterApi.Code(99)},Kinship,,2026-01-01,",               // row 4: no such target
            $"NX-1,{RosterApi.Code(2)},其他,,2026-01-01,",                    // row 5: "other" without a note
            $"NX-1,{RosterApi.Code(3)},Kinship,,2026-05-01,2026-04-30",      // row 6: ends before it starts
            $"NX-2,{RosterApi.Code(3)},旅游,,2026-13-01,",                    // row 7: reason and date
            Lines[0]), "r.csv");                                             // row 8: duplicate of row 2

        Assert.Equal(("rejected", 7L, 7L), (job.Status, job.RowsDone, job.ErrorCount));
        Assert.Equal(0, await Fixture.CountRowsAsync("recusals"));
        var report = await Client.ReportAsync(job);
        Assert.Contains("3,人员编号,执法检查人员不存在：NX-9", report, StringComparison.Ordinal);
        Assert.Contains($"4,检查对象代码,检查对象不存在：{RosterApi.Code(99)}", report, StringComparison.Ordinal);
        Assert.Contains("5,说明,事由为“其他”时须填写说明", report, StringComparison.Ordinal);
        Assert.Contains("6,结束日期,结束日期不能早于开始日期", report, StringComparison.Ordinal);
        Assert.Contains("7,回避事由,取值无效", report, StringComparison.Ordinal);
        Assert.Contains("7,开始日期,日期格式应为", report, StringComparison.Ordinal);
        Assert.Contains("8,人员编号,与第 2 行重复", report, StringComparison.Ordinal);

        var valid = await Client.ImportAsync("recusals", File(Lines[0], $"NX-9,{RosterApi.Code(1)},Kinship,,2026-01-01,"), "r.csv", "mode=applyValid");
        Assert.Equal(("succeeded", 1L, 1L), (valid.Status, valid.Inserted, valid.ErrorCount));
    }

    [Fact]
    public async Task Wrong_columns_are_refused_at_upload()
    {
        var problem = await (await Client.UploadAsync("recusals", ImportFiles.Utf8("人员编号,回避事由\nNX-1,Kinship\n"), "r.csv")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors!["columns"], m => m.Contains("检查对象代码", StringComparison.Ordinal));
        Assert.Equal(0, await Fixture.CountRowsAsync("import_jobs"));
    }
}
