using System.Net;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;

/// <summary>
/// 一公开 after publication, through the API on PostgreSQL: records, signed summaries, close, publish; then the anonymous
/// routes per task, per enterprise and by search (nothing before publication, nothing but the public fields after),
/// and the national export in UTF-8 and GB 18030, decoded and compared field by field with the public rows.
/// </summary>
public sealed class PublicResultsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    /// <summary>Every field a public row has — and nothing else.</summary>
    internal static readonly string[] PublicFields =
    [
        "targetName", "targetCode", "itemName", "resultCategoryCode", "resultCategoryNameZh", "resultCategoryNameEn", "inspectedOn",
        "publishedOn", "taskId", "taskName", "year", "authority", "corrected", "correctedOn",
    ];

    [Fact]
    public Task Published_results_are_public_per_task_per_enterprise_and_by_search_and_nothing_before() =>
        RunAsync(Fixture.Factory, Client);

    /// <summary>The whole path; on the embedded SQLite default in <see cref="SqlitePublicResultsTests"/>.</summary>
    internal static async Task RunAsync(ApiFactory factory, HttpClient admin)
    {
        var s = await PublishedTask.ClosedAsync(factory, admin, "P", PublishedTask.AwkwardNames);
        using var anonymous = factory.CreateClient();

        // Closed and signed off, not published: every public route answers an empty page, and the export a 409.
        foreach (var url in new[]
        {
            $"/api/v1/public/tasks/{s.TaskId}/results", "/api/v1/public/enterprises/P0001/results", $"/api/v1/public/results?taskId={s.TaskId}",
            "/api/v1/public/results?year=2026", "/api/v1/public/results?name=%2B86",
        })
        {
            using var empty = await (await anonymous.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.Equal(0, empty.RootElement.GetProperty("items").GetArrayLength());
            Assert.Equal(0, empty.RootElement.GetProperty("totalCount").GetInt32());
        }

        Assert.Equal("task-not-published", (await (await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/publication/export.csv"))
            .ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var publication = await PublishedTask.PublishAsync(s);
        Assert.Equal(16, publication.GetProperty("resultCount").GetInt32());

        // The task's rows: 8 targets × 2 items, by code and item, with exactly the public fields.
        var response = await anonymous.GetAsync($"/api/v1/public/tasks/{s.TaskId}/results?pageSize=100");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var task = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var rows = task.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(16, rows.Count);
        Assert.Equal(16, task.RootElement.GetProperty("totalCount").GetInt32());
        Assert.False(task.RootElement.GetProperty("moreThanTotal").GetBoolean());
        Assert.All(rows, r => Assert.Equal(PublicFields.Order(StringComparer.Ordinal), r.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(rows.Select(r => r.GetProperty("targetCode").GetString()).Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("targetCode").GetString()));
        var raw = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "findings", "evidence", "recordedBy", "officer", "inspector", "place", "latitude", "\"id\"", "legalBasis", "insp-" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }

        var first = rows[0];
        Assert.Equal("P0001", first.GetProperty("targetCode").GetString());
        Assert.Equal(PublishedTask.AwkwardNames[1], first.GetProperty("targetName").GetString());
        Assert.Equal("2026年食品经营现场检查", first.GetProperty("taskName").GetString());
        Assert.Equal(s.TaskId, first.GetProperty("taskId").GetGuid());
        Assert.Equal(2026, first.GetProperty("year").GetInt32());
        Assert.Equal("2026-12-01", first.GetProperty("inspectedOn").GetString());
        Assert.False(first.GetProperty("corrected").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("correctedOn").ValueKind);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("authority").GetString()));
        Assert.Equal(PublishedTask.AwkwardNames[5], rows.First(r => r.GetProperty("targetCode").GetString() == "P0005").GetProperty("targetName").GetString());

        // One enterprise: its two items, ordered to rectify, with both names of the category.
        using (var enterprise = await (await anonymous.GetAsync("/api/v1/public/enterprises/P0002/results")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            var items = enterprise.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(2, items.Count);
            Assert.All(items, i => Assert.Equal("ordered-to-rectify", i.GetProperty("resultCategoryCode").GetString()));
            Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("resultCategoryNameZh").GetString())));
            Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("resultCategoryNameEn").GetString())));
        }

        // A well-formed code nobody published, and an unknown task: empty pages, not 404.
        using (var none = await (await anonymous.GetAsync("/api/v1/public/enterprises/91640100MA00000000/results")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal(0, none.RootElement.GetProperty("items").GetArrayLength());
        }

        using (var none = await (await anonymous.GetAsync($"/api/v1/public/tasks/{Guid.NewGuid()}/results")).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal(0, none.RootElement.GetProperty("items").GetArrayLength());
        }

        // The search: by code, by name from its start (a formula sign, characters outside the BMP), by year, by task.
        Assert.Equal(["P0001", "P0001"], await CodesAsync(anonymous, "code=P0001"));
        Assert.Equal(["P0002", "P0002"], await CodesAsync(anonymous, "name=" + Uri.EscapeDataString("+86 鑫源")));
        Assert.Equal(["P0005", "P0005"], await CodesAsync(anonymous, "name=" + Uri.EscapeDataString("𠀀𪚥")));
        Assert.Empty(await CodesAsync(anonymous, "name=" + Uri.EscapeDataString("鑫源")));
        Assert.Empty(await CodesAsync(anonymous, "name=%25"));
        // Case-sensitive on both providers (SQLite's LIKE alone would ignore ASCII case).
        Assert.Contains("P0006", await CodesAsync(anonymous, "name=Acme"));
        Assert.DoesNotContain("P0006", await CodesAsync(anonymous, "name=acme"));
        Assert.DoesNotContain("P0006", await CodesAsync(anonymous, "name=ACME"));
        Assert.Equal(16, (await CodesAsync(anonymous, $"taskId={s.TaskId}&year=2026&pageSize=100")).Count);
        Assert.Empty(await CodesAsync(anonymous, "year=2025"));

        // Pages of the year search are disjoint and together hold every row once.
        var seen = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            using var one = await (await anonymous.GetAsync($"/api/v1/public/results?year=2026&page={page}&pageSize=5")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.Equal(16, one.RootElement.GetProperty("totalCount").GetInt32());
            Assert.Equal(4, one.RootElement.GetProperty("totalPages").GetInt32());
            seen.AddRange(one.RootElement.GetProperty("items").EnumerateArray()
                .Select(r => $"{r.GetProperty("targetCode").GetString()}|{r.GetProperty("itemName").GetString()}"));
        }

        Assert.Equal(16, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(16, seen.Count);

        foreach (var lines in await ExportMatchesThePublicRowsAsync(admin, s, rows))
        {
            // Each formula sign is neutralised with a leading apostrophe.
            Assert.Equal("'" + PublishedTask.AwkwardNames[1], lines.First(l => l[1] == "P0001")[2]);
            Assert.Equal("'+86 鑫源餐饮有限公司", lines.First(l => l[1] == "P0002")[2]);
            Assert.Equal("'-5 华盛科技有限公司", lines.First(l => l[1] == "P0003")[2]);
            Assert.Equal("'@SUM(A1) 宏达建材有限公司", lines.First(l => l[1] == "P0004")[2]);
            Assert.Equal(PublishedTask.AwkwardNames[5], lines.First(l => l[1] == "P0005")[2]);
        }
    }

    /// <summary>
    /// The export in UTF-8 (with BOM) and GB 18030 says the same as the public rows, line for line, and each export is
    /// audited; returns the data lines of both files (UTF-8, then GB 18030).
    /// </summary>
    internal static async Task<List<List<string[]>>> ExportMatchesThePublicRowsAsync(HttpClient admin, InspectionScenario s, List<JsonElement> rows)
    {
        var files = new List<List<string[]>>();
        var utf8 = await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/publication/export.csv?encoding=UTF-8");
        Assert.Equal(HttpStatusCode.OK, utf8.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", utf8.Content.Headers.ContentType?.ToString());
        var published = rows[0].GetProperty("publishedOn").GetString()!;
        var day = published.Replace("-", string.Empty, StringComparison.Ordinal);
        Downloads.AssertNames(utf8, $"publication-{s.TaskId}-{day}.csv", $"公示结果-2026年食品经营现场检查-{day}.csv");
        var utf8Bytes = await utf8.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], utf8Bytes[..3]);
        var utf8Text = new UTF8Encoding(false, true).GetString(utf8Bytes, 3, utf8Bytes.Length - 3);

        var gb = await s.Draw.Operator.GetAsync($"/api/v1/tasks/{s.TaskId}/publication/export.csv?encoding=gb18030");
        Assert.Equal("text/csv; charset=gb18030", gb.Content.Headers.ContentType?.ToString());
        var gbBytes = await gb.Content.ReadAsByteArrayAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var gbText = gb18030.GetString(gbBytes);
        Assert.NotEqual(utf8Bytes[3..], gbBytes);
        Assert.Equal(utf8Text, gbText); // the rare characters (U+20000, U+2A6A5, 龘, 䶮) survive GB 18030's four-byte sequences
        Assert.Equal(gbBytes, gb18030.GetBytes(gbText));

        foreach (var text in new[] { utf8Text, gbText })
        {
            var records = PublicCsv.Parse(text);
            Assert.Equal(
                ["序号", "统一社会信用代码/注册号", "企业名称", "抽查任务编号", "抽查任务名称", "检查事项", "检查实施机关", "检查类型", "检查日期", "检查结果", "公示日期", "更正日期"],
                records[0]);
            var lines = records.Skip(1).ToList();
            Assert.Equal(rows.Count, lines.Count);
            var byKey = rows.ToDictionary(r => $"{r.GetProperty("targetCode").GetString()}|{r.GetProperty("itemName").GetString()}", StringComparer.Ordinal);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), line[0]);
                var row = byKey[$"{line[1]}|{line[5]}"];
                Assert.Equal(Neutralised(row.GetProperty("targetName").GetString()!), line[2]);
                Assert.Equal(s.TaskId.ToString(), line[3]);
                Assert.Equal(row.GetProperty("taskName").GetString(), line[4]);
                Assert.Equal(row.GetProperty("authority").GetString(), line[6]);
                Assert.Equal("双随机抽查", line[7]);
                Assert.Equal(row.GetProperty("inspectedOn").GetString(), line[8]);
                Assert.Equal(row.GetProperty("resultCategoryNameZh").GetString(), line[9]);
                Assert.Equal(published, line[10]);
                Assert.Equal(string.Empty, line[11]);
            }

            files.Add(lines);
        }

        // Who exported what, in which encoding: one audit read per export.
        var audited = await admin.EntriesAsync($"&entityType=PublishedResult&entityId={s.TaskId}");
        Assert.Equal(2, audited.Count);
        Assert.All(audited, e => Assert.Equal("op-1", e.ActorName));
        Assert.Contains(audited, e => e.Reason == "national publicity export (utf-8)");
        Assert.Contains(audited, e => e.Reason == "national publicity export (gb18030)");
        // Nothing of the rows, findings or inspectors in the read entries.
        foreach (var secret in new[] { "findings", "evidence", "insp-", "鑫源", "P0001" })
        {
            Assert.All(audited, e => Assert.DoesNotContain(secret, (e.Before?.GetRawText() ?? string.Empty) + e.After?.GetRawText(), StringComparison.OrdinalIgnoreCase));
        }

        return files;
    }

    [Fact]
    public async Task Bad_input_is_a_problem_with_field_errors_and_the_export_is_for_publication_managers_in_scope()
    {
        using var anonymous = Fixture.Factory.CreateClient();
        var cases = new (string Url, string? Field)[]
        {
            ("/api/v1/public/enterprises/abc%20def/results", "code"),
            ("/api/v1/public/enterprises/%E4%B8%AD%E6%96%87/results", "code"),
            ($"/api/v1/public/enterprises/{new string('A', 65)}/results", "code"),
            ("/api/v1/public/results", "code"),
            ("/api/v1/public/results?code=a%2Fb", "code"),
            ($"/api/v1/public/results?name={new string('名', 101)}", "name"),
            ("/api/v1/public/results?name=%20%20", "name"),
            ("/api/v1/public/results?name=a%00", null),
            ("/api/v1/public/results?year=1999", "year"),
            ("/api/v1/public/results?year=99999999999", null),
            ("/api/v1/public/results?taskId=not-a-guid", null),
            ("/api/v1/public/results?year=2026&page=0", "page"),
            ("/api/v1/public/results?year=2026&pageSize=0", "pageSize"),
            ("/api/v1/public/results?year=2026&pageSize=101", "pageSize"),
            ("/api/v1/public/results?year=2026&page=101&pageSize=100", "page"),
            ("/api/v1/public/results?year=2026&page=2147483647&pageSize=100", "page"),
            ("/api/v1/public/results?year=2026&page=2147483648", null),
            ($"/api/v1/public/tasks/{Guid.NewGuid()}/results?pageSize=500", "pageSize"),
        };
        foreach (var (url, field) in cases)
        {
            var problem = await (await anonymous.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);
            if (field is not null)
            {
                Assert.True(problem.Errors?.ContainsKey(field) == true, $"{url}: {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}");
            }
        }

        // The export: a bad encoding is a field error; no token 401; a role without publication.manage 403; an unknown task 404.
        var op = Fixture.Factory.CreateClientAs("op-x", ["operator"]);
        var taskUrl = $"/api/v1/tasks/{Guid.NewGuid()}/publication/export.csv";
        Assert.True((await (await op.GetAsync($"{taskUrl}?encoding=latin1")).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors?.ContainsKey("encoding"));
        Assert.True((await (await op.GetAsync($"{taskUrl}?encoding=utf%00")).ReadProblemAsync(HttpStatusCode.BadRequest)).Status == 400);
        await (await anonymous.GetAsync(taskUrl)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await Fixture.Factory.CreateClientAs("insp-x", ["inspector"]).GetAsync(taskUrl)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await op.GetAsync(taskUrl)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(await Client.EntriesAsync("&entityType=PublishedResult"));
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string query)
    {
        using var page = await (await client.GetAsync($"/api/v1/public/results?{query}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("targetCode").GetString()!)];
    }

    private static string Neutralised(string name) => name[0] is '=' or '+' or '-' or '@' ? "'" + name : name;
}
