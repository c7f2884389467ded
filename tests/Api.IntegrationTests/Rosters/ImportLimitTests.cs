using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>The import limits made small, so files that cross them stay small too.</summary>
public sealed class ImportLimitsFixture : PostgresApiFixture
{
    public const int MaxRows = 10_000;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Imports:MaxRows"] = MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Imports:MaxXlsxUncompressedBytes"] = (8 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Imports:MaxSharedStringsBytes"] = (1 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Imports:MaxReportedErrors"] = "100",
    };
}

/// <summary>
/// Files built to exhaust the service (issue #11 §5): a shared string larger than any cell, a workbook that inflates past
/// its limit or lies about its size, more rows than a file may have, more errors than a report lists. Each is refused
/// with the limit named — at upload when the file's first parts already show it, else as a rejected job — and nothing is written.
/// </summary>
public sealed class ImportLimitTests(ImportLimitsFixture fixture) : PostgresTest<ImportLimitsFixture>(fixture)
{
    private async Task<Problem> RefusedAtUploadAsync(byte[] content, string fileName = "t.xlsx")
    {
        var problem = await (await Client.UploadAsync("targets", content, fileName)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await Fixture.CountRowsAsync("import_jobs"));
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
        return problem;
    }

    [Fact]
    public async Task A_shared_string_longer_than_a_cell_is_refused_at_upload_whole_or_split_into_runs()
    {
        await Client.SeedOrganizationAsync();
        // 200,000 characters (600 KB), not referenced by the header: MiniExcel would load it whole before the first row.
        var whole = await RefusedAtUploadAsync(HostileXlsx.WithSharedStrings(HostileXlsx.OneString(200_000)));
        Assert.Contains("共享字符串表中有一个字符串超过单元格上限 32768 个字符", whole.Errors!["file"][0], StringComparison.Ordinal);

        var runs = await RefusedAtUploadAsync(HostileXlsx.WithSharedStrings(HostileXlsx.OneString(200_000, run: 8192)));
        Assert.Contains("Imports:MaxCellChars", runs.Errors!["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_strings_past_their_total_limit_are_refused_at_upload()
    {
        await Client.SeedOrganizationAsync();
        var problem = await RefusedAtUploadAsync(HostileXlsx.WithSharedStrings(HostileXlsx.ManyStrings(400_000)));
        Assert.Contains("Imports:MaxSharedStringsBytes", problem.Errors!["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_that_declares_more_than_it_may_inflate_to_is_refused_at_upload()
    {
        var content = HostileXlsx.WithSharedStrings(_ => { }, HostileXlsx.Padding("xl/media/padding.bin", 9L << 20));
        Assert.True(content.Length < 100_000);
        var problem = await RefusedAtUploadAsync(content);
        Assert.Contains("Imports:MaxXlsxUncompressedBytes", problem.Errors!["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_XLSX_with_more_rows_than_the_limit_is_a_rejected_job_that_names_it_and_writes_nothing()
    {
        await Client.SeedOrganizationAsync();
        var rows = Enumerable.Range(1, ImportLimitsFixture.MaxRows + 1).Select(i => new Dictionary<string, object?>
        {
            ["统一社会信用代码"] = RosterApi.Code(i), ["名称"] = $"表格公司{i}", ["行政区划代码"] = 640104,
        });
        var job = await Client.ImportAsync("targets", ImportFiles.Xlsx(rows), "t.xlsx");
        Assert.Equal("rejected", job.Status);
        Assert.Contains("Imports:MaxRows", job.Message, StringComparison.Ordinal);
        Assert.Contains("10,000", job.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Client.ReportAsync(job)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }

    [Fact]
    public async Task A_CSV_may_hold_exactly_the_row_limit_and_not_one_row_more()
    {
        await Client.SeedOrganizationAsync();
        var atLimit = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(ImportLimitsFixture.MaxRows)), "t.csv", "mode=dryRun");
        Assert.Equal(("succeeded", (long)ImportLimitsFixture.MaxRows), (atLimit.Status, atLimit.Inserted));

        var over = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(ImportLimitsFixture.MaxRows + 1)), "t.csv");
        Assert.Equal("rejected", over.Status);
        Assert.Contains("Imports:MaxRows", over.Message, StringComparison.Ordinal);
        Assert.Contains($"{ImportLimitsFixture.MaxRows + 2},*,", await Client.ReportAsync(over), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }

    [Fact]
    public async Task The_report_lists_up_to_its_limit_and_ends_with_how_many_more_errors_there_were()
    {
        await Client.SeedOrganizationAsync();
        var bad = ImportFiles.TargetHeader + "\n" + string.Join("\n", Enumerable.Range(1, 500).Select(i => ImportFiles.TargetLine(i, tier: "Z"))) + "\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(bad), "t.csv");
        Assert.Equal(("rejected", 500L), (job.Status, job.ErrorCount));
        var lines = (await Client.ReportAsync(job)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 100 + 1, lines.Length);
        Assert.StartsWith("*,*,", lines[^1], StringComparison.Ordinal);
        Assert.Contains("另有 400 项错误未列出", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_line_quoting_a_long_cell_is_cut_short()
    {
        await Client.SeedOrganizationAsync();
        var unit = new string('单', 20_000);
        var job = await Client.ImportAsync("officers", ImportFiles.Utf8($"人员编号,姓名,所属单位,部门\nNX-00001,张伟,{unit},amr\n"), "o.csv");
        Assert.Equal("rejected", job.Status);
        var line = (await Client.ReportAsync(job)).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.StartsWith("2,所属单位,", line, StringComparison.Ordinal);
        Assert.InRange(line.Length, 300, 320);
        Assert.EndsWith("…", line.TrimEnd('\r', '"'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_holding_U0000_is_a_row_error_naming_its_column_in_every_roster()
    {
        await Client.SeedOrganizationAsync();
        // After the first 64 KiB (which would make the file look binary): a tag holding a NUL.
        var targets = ImportFiles.Targets(1000) + ImportFiles.TargetLine(1001, tags: "甲\0乙") + "\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(targets), "t.csv");
        Assert.Equal(("rejected", 1L), (job.Status, job.ErrorCount));
        Assert.Contains("1002,分类标注,不能含有 U+0000", await Client.ReportAsync(job), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));

        var officers = "人员编号,姓名,所属单位,部门,业务专长\n"
            + string.Join("\n", Enumerable.Range(1, 1500).Select(i => $"NX-{i:D5},执法人员{i},NX-640104,amr,食品安全"))
            + "\nNX-99999,坏\0人,NX-640104,amr,食品安全\n";
        var officerJob = await Client.ImportAsync("officers", ImportFiles.Utf8(officers), "o.csv");
        Assert.Equal(("rejected", 1L), (officerJob.Status, officerJob.ErrorCount));
        Assert.Contains("1502,姓名,不能含有 U+0000", await Client.ReportAsync(officerJob), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("officers"));
    }
}
