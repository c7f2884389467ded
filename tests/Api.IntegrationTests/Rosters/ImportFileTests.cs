using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using System.Text;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>Files as people produce them: other encodings, spreadsheets, and files that are not rosters at all.</summary>
public sealed class ImportFileTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task GB18030_files_are_detected_and_a_wrong_named_encoding_is_reported()
    {
        await Client.SeedOrganizationAsync();
        var gbk = ImportFiles.Gb18030(ImportFiles.Targets(20));
        var job = await Client.ImportAsync("targets", gbk, "gbk.csv");
        Assert.Equal(("succeeded", "gb18030", 20L), (job.Status, job.Encoding, job.Inserted));
        var fetched = await (await Client.GetAsync($"/api/v1/targets?q={Uri.EscapeDataString("塞上商贸")}")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);
        Assert.Equal(20, fetched.TotalCount);

        // Named wrongly, the header already fails to decode: refused at upload.
        var forced = await (await Client.UploadAsync("targets", gbk, "gbk.csv", "mode=apply&encoding=utf-8")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("utf-8", forced.Errors!["file"][0], StringComparison.Ordinal);
        var named = await Client.ImportAsync("targets", gbk, "gbk.csv", "mode=apply&encoding=GBK");
        Assert.Equal(("gb18030", 20L), (named.Encoding, named.Unchanged));
    }

    [Fact]
    public async Task A_file_that_switches_encoding_midway_is_rejected_at_the_row_where_it_switches()
    {
        await Client.SeedOrganizationAsync();
        var utf8Part = ImportFiles.Utf8(ImportFiles.Targets(1000));                 // well over the 64 KiB sniffed
        var gbkPart = ImportFiles.Gb18030(ImportFiles.TargetLine(5000, name: "混合编码") + "\n");
        var job = await Client.ImportAsync("targets", [.. utf8Part, .. gbkPart], "mixed.csv");
        Assert.Equal("rejected", job.Status);
        // Decoding runs a little ahead of parsing, so the row named is the bad one or a few before it.
        var line = (await Client.ReportAsync(job)).Split('\n')[1].Split(',');
        Assert.InRange(int.Parse(line[0], System.Globalization.CultureInfo.InvariantCulture), 980, 1002);
        Assert.Contains("utf-8", line[2], StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }

    [Fact]
    public async Task XLSX_files_import_like_CSV()
    {
        await Client.SeedOrganizationAsync();
        var rows = Enumerable.Range(1, 30).Select(i => new Dictionary<string, object?>
        {
            ["统一社会信用代码"] = RosterApi.Code(i), ["名称"] = $"表格公司{i}", ["行政区划代码"] = 640104, ["成立日期"] = new DateTime(2020, 1, i % 28 + 1),
            ["注册资本（万元）"] = 12.5 * i, ["权重"] = 3,
        });
        var job = await Client.ImportAsync("targets", ImportFiles.Xlsx(rows), "t.xlsx");
        Assert.Equal(("succeeded", 30L), (job.Status, job.Inserted));
        var again = await Client.ImportAsync("targets", ImportFiles.Xlsx(rows), "t.xlsx");
        Assert.Equal(30L, again.Unchanged);
    }

    [Theory]
    [InlineData("名称,地址\n甲,乙\n", "columns")]
    [InlineData("统一社会信用代码,名称,行政区划代码,颜色\n", "columns")]
    [InlineData("", "file")]
    public async Task Unimportable_files_are_refused_at_upload(string content, string field)
    {
        var problem = await (await Client.UploadAsync("targets", ImportFiles.Utf8(content), "t.csv")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("import_jobs"));
    }

    [Fact]
    public async Task Binary_files_bad_extensions_modes_and_encodings_are_refused_at_upload()
    {
        var binary = new byte[4096];
        new Random(1).NextBytes(binary);
        binary[10] = 0;
        Assert.Contains("file", (await (await Client.UploadAsync("targets", binary, "t.csv")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("file", (await (await Client.UploadAsync("targets", binary, "t.xlsx")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("file", (await (await Client.UploadAsync("targets", ImportFiles.Utf8("a"), "t.exe")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("mode", (await (await Client.UploadAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(1)), "t.csv", "mode=yolo")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("encoding", (await (await Client.UploadAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(1)), "t.csv", "encoding=latin1")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        var noFile = await Client.PostAsync("/api/v1/targets/import", new MultipartFormDataContent());
        await noFile.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await Fixture.CountRowsAsync("import_jobs"));
    }

    [Fact]
    public async Task A_header_without_rows_and_a_10_MB_cell_are_rejected_jobs()
    {
        await Client.SeedOrganizationAsync();
        var empty = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.TargetHeader + "\n"), "t.csv");
        Assert.Equal(("rejected", 0L), (empty.Status, empty.RowsDone));

        var huge = ImportFiles.TargetHeader + "\n" + ImportFiles.TargetLine(1) + "\n" + ImportFiles.TargetLine(2, name: new string('长', 10_000_000)) + "\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(huge), "t.csv");
        Assert.Equal("rejected", job.Status);
        Assert.Contains("3,*,单元格超过", await Client.ReportAsync(job), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }

    [Fact]
    public async Task An_over_long_import_file_name_is_refused_and_queues_no_job()
    {
        var name = new string('a', 300) + ".csv";
        var response = await Client.UploadAsync("targets", Encoding.UTF8.GetBytes("统一社会信用代码\n"), name, "mode=dryRun");
        Assert.Contains("file", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("import_jobs"));
    }
}
