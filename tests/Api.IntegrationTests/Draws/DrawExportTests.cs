using System.Globalization;
using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;
using MiniExcelLibs;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// A draw's sealed result and the draw history as XLSX: the rows are those of the JSON, the files carry Chinese names,
/// and they follow the JSON's scoping and refusals.
/// </summary>
public sealed class DrawExportTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task The_result_workbook_holds_the_groups_targets_parameters_strata_and_amendments_of_the_sealed_result()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var draw = await (await Client.GetAsync($"/api/v1/draws/{w.DrawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        using var json = await (await Client.GetAsync($"/api/v1/draws/{w.DrawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var result = json.RootElement;

        var response = await Client.GetAsync($"/api/v1/draws/{w.DrawId}/result.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        var taskName = draw.RootElement.GetProperty("taskName").GetString()!;
        var day = draw.RootElement.GetProperty("drawDate").GetString()!.Replace("-", "", StringComparison.Ordinal);
        Downloads.AssertNames(response, $"draw-result-{w.DrawId}.xlsx", $"抽取结果-{taskName}-{day}.xlsx");
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["检查组", "检查对象", "抽取参数", "分层", "变更记录"], Sheets(content));

        // 检查组: a row per officer of each group, as the JSON has them, with the unit's name.
        var officers = result.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("officers").EnumerateArray().Select(o => (Group: g.GetProperty("number").GetInt32(), Officer: o))).ToList();
        var groupRows = Read(content, "检查组");
        Assert.Equal(officers.Count, groupRows.Count);
        foreach (var (row, (group, officer)) in groupRows.Zip(officers))
        {
            Assert.Equal(group, Convert.ToInt32(row["组号"], CultureInfo.InvariantCulture));
            Assert.Equal(officer.GetProperty("leader").GetBoolean() ? "组长" : "组员", row["角色"]);
            Assert.Equal(officer.GetProperty("number").GetString(), row["执法人员编号"]);
            Assert.Equal(officer.GetProperty("name").GetString(), row["姓名"]);
            Assert.Equal("银川市局", row["所属单位"]);
        }

        // 检查对象: every drawn target of the JSON, in its group, with λ as sealed and the roster's region.
        var targets = result.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("targets").EnumerateArray().Select(t => (Group: (object)g.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture), Target: t)))
            .Concat(result.GetProperty("unassigned").EnumerateArray().Select(t => (Group: (object)"未分配", Target: t))).ToList();
        var targetRows = Read(content, "检查对象");
        Assert.Equal(targets.Count, targetRows.Count);
        Assert.NotEmpty(targetRows);
        foreach (var (row, (group, target)) in targetRows.Zip(targets))
        {
            Assert.Equal(group, Convert.ToString(row["组号"], CultureInfo.InvariantCulture));
            Assert.Equal(target.GetProperty("code").GetString(), row["统一社会信用代码"]);
            Assert.Equal(target.GetProperty("name").GetString(), row["名称"]);
            Assert.Equal(target.GetProperty("stratum").GetString(), row["分层"]);
            Assert.Equal(target.GetProperty("lambda").GetDouble(), Convert.ToDouble(row["λ"], CultureInfo.InvariantCulture));
            Assert.True(Convert.ToInt32(row["权重"], CultureInfo.InvariantCulture) >= 1);
            Assert.False(string.IsNullOrEmpty(Convert.ToString(row["行政区划"], CultureInfo.InvariantCulture)));
        }

        // 抽取参数 and 分层: the sealed digest, N and n per stratum as the draw publishes them.
        var parameters = Read(content, "抽取参数").ToDictionary(r => (string)r["项目"]!, r => Convert.ToString(r["内容"], CultureInfo.InvariantCulture));
        Assert.Equal(result.GetProperty("resultDigest").GetString(), parameters["结果摘要"]);
        Assert.Equal(taskName, parameters["任务"]);
        Assert.Equal("sup-1", parameters["监督人"]);
        var strata = draw.RootElement.GetProperty("strata").EnumerateArray().ToList();
        var strataRows = Read(content, "分层");
        Assert.Equal(strata.Count, strataRows.Count);
        foreach (var (row, stratum) in strataRows.Zip(strata))
        {
            Assert.Equal(stratum.GetProperty("stratum").GetString(), row["分层"]);
            Assert.Equal(stratum.GetProperty("population").GetInt32(), Convert.ToInt32(row["名录数量"], CultureInfo.InvariantCulture));
            Assert.Equal(stratum.GetProperty("sampleSize").GetInt32(), Convert.ToInt32(row["抽取数量"], CultureInfo.InvariantCulture));
            Assert.EndsWith("%", Convert.ToString(row["抽取比例或数量"], CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        // 变更记录: the world's pending replacement, in words.
        var amendment = Assert.Single(Read(content, "变更记录"));
        Assert.Equal("更换执法检查人员", amendment["类别"]);
        Assert.Equal("身体原因", amendment["原因"]);
        Assert.Equal("待审批", amendment["状态"]);
        Assert.Equal(officers[1].Officer.GetProperty("name").GetString(), amendment["原执法人员"]);

        // Before reveal the export is an audited read, as the JSON result is.
        Assert.Contains(await Client.EntriesAsync($"&action=read&entityType=Draw&entityId={w.DrawId}"), e => e.Reason == "result exported before reveal");
    }

    [Fact]
    public async Task The_result_workbook_follows_the_scope_and_the_state_of_the_draw()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var elsewhere = Fixture.Factory.CreateClientAs("wz-insp", ["inspector"], w.Wuzhong);
        using var yinchuan = Fixture.Factory.CreateClientAs("yc-insp", ["inspector"], w.Yinchuan);
        Assert.Equal(HttpStatusCode.OK, (await yinchuan.GetAsync($"/api/v1/draws/{w.DrawId}/result.xlsx")).StatusCode);
        await (await elsewhere.GetAsync($"/api/v1/draws/{w.DrawId}/result.xlsx")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/draws/{Guid.NewGuid()}/result.xlsx")).ReadProblemAsync(HttpStatusCode.NotFound);
        var unsealed = await (await Client.GetAsync($"/api/v1/draws/{w.PreparedDrawId}/result.xlsx")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("draw-not-sealed", unsealed.Code);
    }

    [Fact]
    public async Task The_history_workbook_is_the_history_list_unpaged_with_its_filters_and_scope()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        using var json = await (await Client.GetAsync("/api/v1/draws/history?pageSize=500")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var entries = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(entries);

        var response = await Client.GetAsync("/api/v1/draws/history.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Downloads.AssertNames(response, $"draw-history-{Downloads.Today}.xlsx", $"抽取历史-{Downloads.Today}.xlsx");
        var rows = Read(await response.Content.ReadAsByteArrayAsync(), "抽取历史");
        Assert.Equal(entries.Count, rows.Count);
        foreach (var (row, entry) in rows.Zip(entries))
        {
            var group = entry.GetProperty("group");
            Assert.Equal(entry.GetProperty("taskName").GetString(), row["任务"]);
            Assert.Equal(entry.GetProperty("drawId").GetGuid().ToString(), row["抽取编号"]);
            Assert.Equal(group.GetProperty("number").GetInt32(), Convert.ToInt32(row["组号"], CultureInfo.InvariantCulture));
            Assert.Equal(group.GetProperty("officers").EnumerateArray().First(o => o.GetProperty("leader").GetBoolean()).GetProperty("name").GetString(), row["组长"]);
            Assert.Equal(group.GetProperty("targets").GetArrayLength(), Convert.ToInt32(row["检查对象数"], CultureInfo.InvariantCulture));
            Assert.Equal(entry.GetProperty("attachments").GetArrayLength(), Convert.ToInt32(row["附件数"], CultureInfo.InvariantCulture));
        }

        // The list's filters: one group of one draw; a year without draws; another unit sees none of them.
        Assert.Single(Read(await Bytes(Client, $"/api/v1/draws/history.xlsx?taskId={w.TaskId}&targetCode={entries[0].GetProperty("group").GetProperty("targets")[0].GetProperty("code").GetString()}"), "抽取历史"));
        Assert.Empty(Read(await Bytes(Client, "/api/v1/draws/history.xlsx?year=2001"), "抽取历史"));
        using var elsewhere = Fixture.Factory.CreateClientAs("wz-insp", ["inspector"], w.Wuzhong);
        Assert.Empty(Read(await Bytes(elsewhere, "/api/v1/draws/history.xlsx"), "抽取历史"));

        // Bad filters: 400 with the field, as the list answers.
        var malformed = await (await Client.GetAsync("/api/v1/draws/history.xlsx?year=abc")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(malformed.Errors);
        var tooLong = await (await Client.GetAsync($"/api/v1/draws/history.xlsx?targetCode={new string('9', 65)}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("targetCode", tooLong.Errors!.Keys);
    }

    [Fact]
    public async Task Text_from_users_is_never_a_formula_in_the_workbooks()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client);
        var item = await s.CreateItemAsync();
        var (_, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, name: "=1+2 抽查"));

        var result = await Bytes(Client, $"/api/v1/draws/{drawId}/result.xlsx");
        var parameters = Read(result, "抽取参数").ToDictionary(r => (string)r["项目"]!, r => r["内容"]);
        Assert.Equal("'=1+2 抽查", parameters["任务"]);
        var historyBook = await Bytes(Client, "/api/v1/draws/history.xlsx");
        var history = Read(historyBook, "抽取历史");
        Assert.All(history, row => Assert.Equal("'=1+2 抽查", row["任务"]));

        // Nothing in either workbook is a formula: no sheet holds an <f> (or prefixed <x:f>) element.
        AssertNoFormula(result);
        AssertNoFormula(historyBook);
    }

    private static void AssertNoFormula(byte[] content)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content), System.IO.Compression.ZipArchiveMode.Read);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var entry in sheets)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotContain("<f>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:f>", text, StringComparison.Ordinal);
            var xml = System.Xml.Linq.XDocument.Parse(text);
            Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "c");
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "f");
        }
    }

    private static async Task<byte[]> Bytes(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Sheets(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return stream.GetSheetNames();
    }

    private static List<Dictionary<string, object?>> Read(byte[] content, string sheet)
    {
        using var stream = new MemoryStream(content);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal))];
    }
}
