using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Rosters;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Infrastructure.Seeding;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Past inspection results: the history import (a kind of the import pipeline) and a target's history.</summary>
public sealed class InspectionHistoryTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    /// <summary>The header <c>generate-demo</c> writes to inspections.csv.</summary>
    private const string Header = "检查对象代码,检查日期,年度,任务名称,事项编码,检查事项,结果类别,入样概率,抽取层";

    private static readonly string[] Lines =
    [
        $"{RosterApi.Code(1)},2024-04-12,2024,2024年度联合抽查,AMR-01,营业执照（登记事项）情况,no-problem,0.05,A",
        $"{RosterApi.Code(1)},2024-04-12,2024,2024年度联合抽查,AMR-02,年度报告公示情况,发现问题已责令改正,0.05,A",
        $"{RosterApi.Code(1)},2025-09-20,2025,2025年度联合抽查,AMR-01,营业执照（登记事项）情况,no-problem,,",
        $"{RosterApi.Code(2)},2023-05-02,,2023年度联合抽查,AMR-01,营业执照（登记事项）情况,deregistered-revoked-or-moved,1,D",
    ];

    private static byte[] File(params string[] lines) => ImportFiles.Utf8(Header + "\n" + string.Join("\n", lines) + "\n");

    private async Task SeedTargetsAsync(int count = 3)
    {
        await Client.SeedOrganizationAsync();
        Assert.Equal((long)count, (await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(count)), "t.csv")).Inserted);
    }

    [Fact]
    public async Task History_imports_by_target_day_and_item_a_reimport_changes_nothing_and_a_target_lists_its_results()
    {
        await SeedTargetsAsync();
        var dry = await Client.ImportAsync("inspection-history", File(Lines), "h.csv", "mode=dryRun");
        Assert.Equal(("succeeded", "inspectionHistory", 4L), (dry.Status, dry.Roster, dry.Inserted));
        Assert.Equal(0, await Fixture.CountRowsAsync("inspection_outcomes"));

        var job = await Client.ImportAsync("inspection-history", File(Lines), "h.csv");
        Assert.Equal(("succeeded", 4L, 4L), (job.Status, job.RowsDone, job.Inserted));
        var again = await Client.ImportAsync("inspection-history", File(Lines), "h.csv");
        Assert.Equal((0L, 0L, 4L), (again.Inserted, again.Updated, again.Unchanged));
        var corrected = await Client.ImportAsync("inspection-history", File(Lines[0].Replace("no-problem", "pending-follow-up", StringComparison.Ordinal)), "h.csv");
        Assert.Equal((0L, 1L), (corrected.Inserted, corrected.Updated));
        Assert.Equal(4, await Fixture.CountRowsAsync("inspection_outcomes"));
        Assert.Equal(1, await Fixture.ScalarAsync($"SELECT count(*) FROM inspection_outcomes WHERE batch_id = '{corrected.Id}' AND version = 2"));

        // Every reading role sees it; newest visit first; the category tells whether it was a problem; λ null when unknown.
        using var analyst = await Fixture.Factory.SignedInAsync(Client, "history-analyst", Roles.Analyst);
        using var inspector = await Fixture.Factory.SignedInAsync(Client, "history-inspector", Roles.Inspector);
        foreach (var client in new[] { Client, analyst, inspector })
        {
            var page = await (await client.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history"))
                .ReadAsync<Page<InspectionOutcomeDto>>(HttpStatusCode.OK);
            Assert.Equal(3, page.TotalCount);
            Assert.Equal([new DateOnly(2025, 9, 20), new DateOnly(2024, 4, 12), new DateOnly(2024, 4, 12)], page.Items.Select(o => o.InspectedOn));
            Assert.Equal(["no-problem", "pending-follow-up", "ordered-to-rectify"], page.Items.Select(o => o.ResultCategoryCode));
            Assert.Equal([false, true, true], page.Items.Select(o => o.IndicatesProblem));
            Assert.Equal([null, 0.05, 0.05], page.Items.Select(o => o.InclusionProbability));
            Assert.All(page.Items, o => Assert.Equal("import", o.Source));
        }

        var year = await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(2)}/inspection-history?year=2023&sort=itemCode"))
            .ReadAsync<Page<InspectionOutcomeDto>>(HttpStatusCode.OK);
        Assert.Equal((1, 2023, 1.0, "D"), (year.TotalCount, year.Items[0].Year, year.Items[0].InclusionProbability, year.Items[0].Stratum));
        var none = await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(3)}/inspection-history"))
            .ReadAsync<Page<InspectionOutcomeDto>>(HttpStatusCode.OK);
        Assert.Equal(0, none.TotalCount);

        // The target list filters on it.
        var inspected = await (await Client.GetAsync("/api/v1/targets?inspected=true")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);
        Assert.Equal([RosterApi.Code(1), RosterApi.Code(2)], inspected.Items.Select(t => t.Code).Order(StringComparer.Ordinal));
        var never = await (await Client.GetAsync("/api/v1/targets?inspected=false")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);
        Assert.Equal([RosterApi.Code(3)], never.Items.Select(t => t.Code));
    }

    [Fact]
    public async Task An_unknown_target_is_a_404_and_bad_queries_are_400s()
    {
        await SeedTargetsAsync(1);
        await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(9)}/inspection-history")).ReadProblemAsync(HttpStatusCode.NotFound);
        var tooLong = await (await Client.GetAsync($"/api/v1/targets/{new string('9', 65)}/inspection-history")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.Errors!.ContainsKey("targetCode"));
        await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history?pageSize=0")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history?sort=name")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history?year=99999999999")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history?year=1")).ReadProblemAsync(HttpStatusCode.BadRequest);
        // A NUL in the path never reaches the service (Kestrel refuses it); in the query it is a 400 problem.
        await (await Client.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history?sort=inspectedOn%00")).ReadProblemAsync(HttpStatusCode.BadRequest);
        using var anonymous = Fixture.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/targets/{RosterApi.Code(1)}/inspection-history")).StatusCode);
    }

    [Fact]
    public async Task Every_bad_cell_is_reported_and_a_rejected_file_writes_nothing()
    {
        await SeedTargetsAsync();
        var good = Lines[0];
        var job = await Client.ImportAsync("inspection-history", File(
            good,                                                                                                    // row 2: fine
            $"{RosterApi.Code(99)},2024-04-12,2024,任务,AMR-01,事项,no-problem,0.5,A",                               // row 3: no such target
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,AMR-01,事项,检查合格,0.5,A",                                  // row 4: no such category
            $"{RosterApi.Code(2)},2024-13-12,2024,任务,AMR-02,事项,no-problem,0.5,A",                                // row 5: bad date
            $"{RosterApi.Code(2)},2099-01-01,2099,任务,AMR-03,事项,no-problem,0.5,A",                                // row 6: in the future
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,AMR-04,事项,no-problem,0,A",                                  // row 7: λ = 0
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,AMR-05,事项,no-problem,1.5,A",                                // row 8: λ > 1
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,AMR-06,事项,no-problem,NaN,A",                                // row 9: not a number
            $"{RosterApi.Code(2)},2024-04-12,2020,任务,AMR-07,事项,no-problem,0.5,A",                                // row 10: year
            $"{RosterApi.Code(2)},2024-04-12,2024,,AMR-08,事项,no-problem,0.5,A",                                    // row 11: no task
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,{new string('X', 65)},事项,no-problem,0.5,A",                 // row 12: item code too long
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,AMR-09,{new string('项', 201)},no-problem,0.5,A",             // row 13: item name too long
            good,                                                                                                    // row 14: duplicate of row 2
            $"{RosterApi.Code(2)},2024-04-12,2024,任务,AMR-10,事项,no-problem,1e999,A"), "h.csv");                  // row 15: overflow
        Assert.Equal(("rejected", 14L), (job.Status, job.RowsDone));
        Assert.Equal(0, await Fixture.CountRowsAsync("inspection_outcomes"));
        var report = await Client.ReportAsync(job);
        Assert.Contains($"3,检查对象代码,检查对象不存在：{RosterApi.Code(99)}", report, StringComparison.Ordinal);
        Assert.Contains("4,结果类别,取值无效", report, StringComparison.Ordinal);
        Assert.Contains("5,检查日期,日期格式应为", report, StringComparison.Ordinal);
        Assert.Contains("6,检查日期,检查日期不能晚于今天", report, StringComparison.Ordinal);
        Assert.Contains("7,入样概率,入样概率应大于 0 且不大于 1", report, StringComparison.Ordinal);
        Assert.Contains("8,入样概率,入样概率应大于 0 且不大于 1", report, StringComparison.Ordinal);
        Assert.Contains("9,入样概率,不是有效的数字", report, StringComparison.Ordinal);
        Assert.Contains("10,年度,年度应为检查日期的年份或前一年", report, StringComparison.Ordinal);
        Assert.Contains("11,任务名称,任务名称不能为空", report, StringComparison.Ordinal);
        Assert.Contains("12,事项编码,事项编码不超过 64 个字符", report, StringComparison.Ordinal);
        Assert.Contains("13,检查事项,检查事项不超过 200 个字符", report, StringComparison.Ordinal);
        Assert.Contains("14,事项编码,与第 2 行重复", report, StringComparison.Ordinal);
        Assert.Contains("15,入样概率,不是有效的数字", report, StringComparison.Ordinal);

        var valid = await Client.ImportAsync("inspection-history", File(good, $"{RosterApi.Code(99)},2024-04-12,2024,任务,AMR-01,事项,no-problem,0.5,A"),
            "h.csv", "mode=applyValid");
        Assert.Equal(("succeeded", 1L, 1L), (valid.Status, valid.Inserted, valid.ErrorCount));
    }

    [Fact]
    public async Task A_cell_holding_U0000_is_a_row_error_and_nothing_is_written()
    {
        await SeedTargetsAsync(1);
        // After the first 64 KiB (which would make the file look binary).
        var lines = Enumerable.Range(1, 1000).Select(i => $"{RosterApi.Code(1)},2024-04-12,2024,2024年度联合抽查,AMR-{i:D4},营业执照（登记事项）情况,no-problem,0.05,A")
            .Append($"{RosterApi.Code(1)},2024-04-12,2024,2024年度联合抽查,AMR-X,坏\0事项,no-problem,0.05,A").ToArray();
        var job = await Client.ImportAsync("inspection-history", File(lines), "h.csv");
        Assert.Equal(("rejected", 1L), (job.Status, job.ErrorCount));
        Assert.Contains("1002,检查事项,不能含有 U+0000", await Client.ReportAsync(job), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("inspection_outcomes"));
    }

    [Fact]
    public async Task The_generated_demo_history_imports_as_written()
    {
        await Client.SeedOrganizationAsync();
        foreach (var (code, name) in new[] { ("health", "卫生健康"), ("ecology", "生态环境"), ("agri", "农业农村") })
        {
            await Client.PostJsonAsync("/api/v1/departments", new { code, name });
        }

        var folder = Path.Combine(Path.GetTempPath(), $"demo-{Guid.NewGuid():N}");
        try
        {
            var counts = DemoCsvWriter.Write(folder, 400, 42, 10);
            Assert.Equal("succeeded", (await Client.ImportAsync("targets", await System.IO.File.ReadAllBytesAsync(Path.Combine(folder, "targets.csv")), "targets.csv")).Status);
            var history = await Client.ImportAsync("inspection-history", await System.IO.File.ReadAllBytesAsync(Path.Combine(folder, "inspections.csv")), "inspections.csv");
            Assert.Equal(("succeeded", counts.Outcomes), (history.Status, history.Inserted));
            Assert.True(counts.Outcomes > 50);
            Assert.Equal(counts.Outcomes, await Fixture.ScalarAsync("SELECT count(*) FROM inspection_outcomes WHERE inclusion_probability > 0 AND source = 'Import'"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
