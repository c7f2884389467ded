using System.Net;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class ImportTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{

    [Fact]
    public async Task A_dry_run_counts_what_would_change_and_writes_nothing()
    {
        await Client.SeedOrganizationAsync();
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(50)), "t.csv", "mode=dryRun");

        Assert.Equal(("succeeded", "dryRun", 50L, 50L, 0L), (job.Status, job.Mode, job.RowsDone, job.Inserted, job.ErrorCount));
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));

        var listed = await (await Client.GetAsync("/api/v1/import-jobs?roster=targets&status=succeeded")).ReadAsync<Page<ImportJobDto>>(HttpStatusCode.OK);
        Assert.Equal(job.Id, Assert.Single(listed.Items).Id);
        await (await Client.GetAsync("/api/v1/import-jobs?status=done")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Apply_stores_every_row_and_reimporting_the_same_file_changes_nothing()
    {
        await Client.SeedOrganizationAsync();
        var file = ImportFiles.Utf8(ImportFiles.Targets(200), bom: true);
        var first = await Client.ImportAsync("targets", file, "t.csv");
        Assert.Equal(("succeeded", 200L, 0L, "utf-8"), (first.Status, first.Inserted, first.Updated, first.Encoding));
        Assert.Equal(200, await Fixture.CountRowsAsync("targets"));

        var again = await Client.ImportAsync("targets", file, "t.csv");
        Assert.Equal((0L, 0L, 200L), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(200, await Fixture.ScalarAsync("SELECT count(*) FROM targets WHERE version = 1"));

        // Each import is summed up on the audit trail: the file by its SHA-256, the uploader, the counts.
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
        Assert.Equal((sha256, (long)file.Length), (first.FileSha256, first.FileBytes));
        var summary = Assert.Single(await Client.EntriesAsync($"&entityType=ImportJob&action=import.finish&entityId={first.Id}")).After!.Value;
        Assert.Equal((sha256, "test-admin", "Succeeded", 200L, 0L), (summary.GetProperty("fileSha256").GetString(), summary.GetProperty("uploadedBy").GetString(),
            summary.GetProperty("status").GetString(), summary.GetProperty("inserted").GetInt64(), summary.GetProperty("errors").GetInt64()));
        var second = Assert.Single(await Client.EntriesAsync($"&entityType=ImportJob&action=import.finish&entityId={again.Id}")).After!.Value;
        Assert.Equal(200L, second.GetProperty("unchanged").GetInt64());
    }

    [Fact]
    public async Task An_import_records_each_changed_target_before_and_after_and_itself_in_its_own_transaction()
    {
        await Client.SeedOrganizationAsync();
        var first = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(3)), "t.csv");
        var changed = ImportFiles.TargetHeader + "\n" + ImportFiles.TargetLine(1) + "\n" + ImportFiles.TargetLine(2, name: "塞上新名")
            + "\n" + ImportFiles.TargetLine(3, capital: "250.5") + "\n";
        var again = await Client.ImportAsync("targets", ImportFiles.Utf8(changed), "t2.csv");
        Assert.Equal((0L, 2L, 1L), (again.Inserted, again.Updated, again.Unchanged));

        var updates = await Client.EntriesAsync("&entityType=Target&action=update");
        Assert.Equal(2, updates.Count);
        var byName = updates.ToDictionary(e => e.After!.Value.GetProperty("code").GetString()!);
        var renamed = byName[RosterApi.Code(2)];
        Assert.Equal(("宁夏塞上商贸有限公司2", "塞上新名2"), (renamed.Before!.Value.GetProperty("name").GetString(), renamed.After!.Value.GetProperty("name").GetString()));
        Assert.Equal(renamed.Before!.Value.GetProperty("version").GetInt32() + 1, renamed.After!.Value.GetProperty("version").GetInt32());
        var recapitalised = byName[RosterApi.Code(3)];
        Assert.Equal(("100", "250.5"), (recapitalised.Before!.Value.GetProperty("registeredCapital").GetString(),
            recapitalised.After!.Value.GetProperty("registeredCapital").GetString()));
        Assert.Equal(1L, await Fixture.ScalarAsync($"SELECT count(*) FROM targets WHERE id = '{renamed.EntityId}' AND name = '塞上新名2'"));
        Assert.All(updates, e => Assert.Contains(again.Id.ToString(), e.Reason, StringComparison.Ordinal));
        // Named after the uploader, not the background worker that ran the job.
        Assert.All(updates, e => Assert.Equal("test-admin", e.ActorName));

        // The same record, the same shape, as when the unit of work records an edit made through the API.
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(9)));
        var created = Assert.Single(await Client.EntriesAsync("&entityType=Target&action=create"));
        Assert.Equal(
            created.After!.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            renamed.Before!.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var applied = (await Client.EntriesAsync("&entityType=ImportJob&action=import.apply")).OrderBy(e => e.Sequence).ToList();
        Assert.Equal([first.Id.ToString(), again.Id.ToString()], applied.Select(e => e.EntityId));
        Assert.Equal((3L, 0L), (applied[0].After!.Value.GetProperty("created").GetInt64(), applied[0].After!.Value.GetProperty("changed").GetInt64()));
        Assert.Equal((0L, 2L), (applied[1].After!.Value.GetProperty("created").GetInt64(), applied[1].After!.Value.GetProperty("changed").GetInt64()));
        Assert.Equal(again.FileSha256, applied[1].After!.Value.GetProperty("fileSha256").GetString());
        Assert.True((await Client.VerifyAsync()).Intact);
    }

    /// <summary>Every index and constraint of <c>targets</c>, as PostgreSQL would recreate them.</summary>
    private async Task<string> TargetIndexesAsync()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT string_agg(d, E'\n' ORDER BY d) FROM (
                SELECT indexdef AS d FROM pg_indexes WHERE tablename = 'targets'
                UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'targets'::regclass) x
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Each index of <c>targets</c> by its object id: a rebuilt index is a new object.</summary>
    private async Task<Dictionary<string, long>> TargetIndexIdsAsync()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexrelid::regclass::text, indexrelid::bigint FROM pg_index WHERE indrelid = 'targets'::regclass", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0), reader.GetInt64(1));
        }

        return ids;
    }

    /// <summary>
    /// A service where 100 rows make a first load, signed in, with the organisation; and the indexes of targets before.
    /// It runs as the application role, as in production: the indexes are dropped and rebuilt through the owner's
    /// functions (the Initial migration's <c>RosterSql</c>).
    /// </summary>
    private sealed class BulkService(ImportTests test) : IAsyncDisposable
    {
        public ApiFactory Factory { get; } = test.Fixture.CreateFactory(new Dictionary<string, string> { ["Imports:BulkLoadMinimumRows"] = "100" });

        public HttpClient Client { get; private set; } = null!;

        public string Indexes { get; private set; } = string.Empty;

        private Dictionary<string, long> IndexIds { get; set; } = [];

        public async Task<BulkService> StartAsync()
        {
            Client = RosterApi.NewClient(Factory);
            await Client.SeedOrganizationAsync();
            Indexes = await test.TargetIndexesAsync();
            IndexIds = await test.TargetIndexIdsAsync();
            return this;
        }

        /// <summary>Every index of <c>targets</c> (the key and the unique code index too) is in place, each a new object.</summary>
        public async Task AssertRebuiltAsync()
        {
            Assert.Equal(Indexes, await test.TargetIndexesAsync());
            var after = await test.TargetIndexIdsAsync();
            Assert.Equal(IndexIds.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            Assert.Contains("pk_targets", after.Keys);
            Assert.Contains("ix_targets_code", after.Keys);
            Assert.All(after, index => Assert.NotEqual(IndexIds[index.Key], index.Value));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_application_role_drops_and_rebuilds_indexes_only_through_the_owner_functions_and_never_commits_them_dropped()
    {
        // Its own DDL on targets still fails: it is not the owner.
        foreach (var ddl in new[] { "DROP INDEX ix_targets_name", "ALTER TABLE targets DROP CONSTRAINT pk_targets", "CREATE INDEX ix_mine ON targets (address)" })
        {
            var denied = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync(ddl));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }

        // It can neither hand the restore function a definition of its own nor read the saved ones.
        var planted = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync(
            "INSERT INTO roster_dropped_indexes (rebuild_order, name, definition) VALUES (1, 'x', 'DROP TABLE audit_entries')",
            "SELECT roster_targets_restore_indexes()"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, planted.SqlState);
        var read = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync("SELECT count(*) FROM roster_dropped_indexes"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, read.SqlState);

        // Dropped and not restored: the commit fails, and every index is still there.
        var indexes = await TargetIndexesAsync();
        var unrestored = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync("SELECT roster_targets_drop_indexes(true)"));
        Assert.Equal(PostgresErrorCodes.ObjectNotInPrerequisiteState, unrestored.SqlState);
        Assert.Equal(indexes, await TargetIndexesAsync());

        // Dropped and restored in one transaction (the code index first, as the direct load does): the same definitions.
        await Fixture.ExecuteAsAppAsync("SELECT roster_targets_drop_indexes(true)", "SELECT roster_targets_restore_indexes('ix_targets_code')",
            "SELECT roster_targets_restore_indexes()");
        Assert.Equal(indexes, await TargetIndexesAsync());
        Assert.Equal(0, await Fixture.CountRowsAsync("roster_dropped_indexes"));
    }

    [Fact]
    public async Task A_first_load_as_the_application_role_rebuilds_the_indexes_once_and_ends_with_every_index_in_place()
    {
        await using var service = await new BulkService(this).StartAsync();
        var (client, indexes) = (service.Client, service.Indexes);
        Assert.Contains("pk_targets PRIMARY KEY (id)", indexes, StringComparison.Ordinal);

        var job = await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(300)), "t.csv");
        Assert.Equal(("succeeded", 300L), (job.Status, job.Inserted));
        await service.AssertRebuiltAsync();
        // Statistics are fresh (ANALYZE needs the owner: PostgreSQL only warns and skips it for the role).
        Assert.True(await Fixture.ScalarAsync("SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'targets'") > 0);
        var found = await (await client.GetAsync($"/api/v1/targets?q={Uri.EscapeDataString("塞上商贸有限公司29")}")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);
        Assert.Equal(11, found.TotalCount);
        Assert.Equal(300L, (await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(300)), "t.csv")).Unchanged);
        Assert.Equal(300, await Fixture.ScalarAsync("SELECT count(DISTINCT id) FROM targets WHERE version = 1"));
    }

    [Fact]
    public async Task A_direct_first_load_merges_the_codes_already_there_like_any_import()
    {
        await using var service = await new BulkService(this).StartAsync();
        var client = service.Client;
        // Already there: code 1 (the file repeats it), code 2 (the file changes it), code 3 (retired; the file changes it too).
        Assert.Equal(3L, (await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(3)), "t.csv")).Inserted);
        var third = (await (await client.GetAsync($"/api/v1/targets?q={RosterApi.Code(3)}")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK)).Items.Single();
        (await client.PostAsync($"/api/v1/targets/{third.Id}/retire", null)).EnsureSuccessStatusCode();

        var lines = Enumerable.Range(1, 300).Select(i => i is 2 or 3 ? ImportFiles.TargetLine(i, tier: "D") : ImportFiles.TargetLine(i));
        var job = await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.TargetHeader + "\n" + string.Join("\n", lines) + "\n"), "t.csv");

        Assert.Equal(("succeeded", 297L, 1L, 2L), (job.Status, job.Inserted, job.Updated, job.Unchanged));
        await service.AssertRebuiltAsync();
        Assert.Equal(300, await Fixture.CountRowsAsync("targets"));
        Assert.Equal(2, await Fixture.ScalarAsync($"SELECT version FROM targets WHERE code = '{RosterApi.Code(2)}' AND risk_tier = 'D'"));
        Assert.Equal(1, await Fixture.ScalarAsync($"SELECT count(*) FROM targets WHERE code = '{RosterApi.Code(3)}' AND risk_tier = 'A' AND retired_at_utc IS NOT NULL"));
        Assert.Equal(297, await Fixture.ScalarAsync($"""
            SELECT count(*) FROM targets WHERE code NOT IN ('{RosterApi.Code(1)}', '{RosterApi.Code(2)}', '{RosterApi.Code(3)}')
              AND version = 1 AND draw_reference_count = 0 AND retired_at_utc IS NULL
              AND created_by = 'test-admin' AND updated_by = 'test-admin' AND created_at_utc = updated_at_utc
            """));
    }

    [Fact]
    public async Task A_first_load_that_meets_a_bad_row_or_is_a_dry_run_writes_nothing_and_keeps_every_index()
    {
        await using var service = await new BulkService(this).StartAsync();
        var (client, indexes) = (service.Client, service.Indexes);

        var bad = await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(300) + ImportFiles.TargetLine(301, tier: "Z") + "\n"), "t.csv");
        Assert.Equal(("rejected", 301L, 1L), (bad.Status, bad.RowsDone, bad.ErrorCount));
        var dry = await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(300)), "t.csv", "mode=dryRun");
        Assert.Equal(("succeeded", 300L), (dry.Status, dry.Inserted));

        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
        Assert.Equal(indexes, await TargetIndexesAsync());
    }

    [Fact]
    public async Task A_changed_row_is_updated_alone_and_its_version_rises()
    {
        await Client.SeedOrganizationAsync();
        await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(3)), "t.csv");
        var changed = ImportFiles.TargetHeader + "\n" + ImportFiles.TargetLine(1) + "\n" + ImportFiles.TargetLine(2, tier: "D") + "\n" + ImportFiles.TargetLine(3) + "\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(changed), "t.csv");
        Assert.Equal((0L, 1L, 2L), (job.Inserted, job.Updated, job.Unchanged));
        Assert.Equal(2, await Fixture.ScalarAsync($"SELECT version FROM targets WHERE code = '{RosterApi.Code(2)}'"));
    }

    [Fact]
    public async Task English_headers_in_any_order_are_accepted()
    {
        await Client.SeedOrganizationAsync();
        var csv = $"name,Code,regionCode,riskTier,kind\n甲公司,{RosterApi.Code(1)},640104,b,enterprise\n乙产品,PRD-640104-9,640104,C,Product\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(csv), "t.csv");
        Assert.Equal(("succeeded", 2L), (job.Status, job.Inserted));
    }

    [Fact]
    public async Task One_bad_row_rejects_the_file_and_the_report_lists_every_bad_cell()
    {
        await Client.SeedOrganizationAsync();
        var future = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = new StringBuilder(ImportFiles.TargetHeader + "\n");
        csv.AppendLine(ImportFiles.TargetLine(1));
        csv.AppendLine(ImportFiles.TargetLine(1));                                   // row 3: duplicate of row 2
        csv.AppendLine("91350100M000100Y44,坏代码,640104,amr,2015-01-01,1,A,");       // row 4: check character
        csv.AppendLine(ImportFiles.TargetLine(4, departments: "amr;nosuch"));        // row 5: unknown department
        csv.AppendLine(ImportFiles.TargetLine(5, date: future));                     // row 6: future date
        csv.AppendLine(ImportFiles.TargetLine(6, capital: "-5"));                    // row 7: negative capital
        csv.AppendLine(ImportFiles.TargetLine(7, tier: "E"));                        // row 8: bad tier
        csv.AppendLine(ImportFiles.TargetLine(8, date: "2015-13-45"));               // row 9: not a date
        csv.AppendLine(ImportFiles.TargetLine(9));
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(csv.ToString()), "t.csv");

        Assert.Equal(("rejected", 9L, 7L), (job.Status, job.RowsDone, job.ErrorCount));
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
        var report = (await Client.ReportAsync(job)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row,column,message", report[0]);
        Assert.Contains(report, l => l.StartsWith("3,code,代码与第 2 行重复", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("4,统一社会信用代码,第 18 位校验码应为 3", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("5,监管部门,部门不存在或已撤销：nosuch", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("6,成立日期,登记日期不能晚于今天", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("7,注册资本（万元）,注册资本不能为负数", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("8,风险等级,", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("9,成立日期,日期格式应为", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyValid_writes_the_good_rows_and_reports_the_bad_ones()
    {
        await Client.SeedOrganizationAsync();
        var csv = ImportFiles.TargetHeader + "\n" + ImportFiles.TargetLine(1) + "\n" + ImportFiles.TargetLine(2, capital: "-1", tier: "X") + "\n"
            + ImportFiles.TargetLine(3) + "\n" + ImportFiles.TargetLine(1) + "\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(csv), "t.csv", "mode=applyValid");
        Assert.Equal(("succeeded", 4L, 2L, 3L), (job.Status, job.RowsDone, job.Inserted, job.ErrorCount));
        Assert.Equal(2, await Fixture.CountRowsAsync("targets"));
        var report = await Client.ReportAsync(job);
        Assert.Contains("3,注册资本（万元）,", report, StringComparison.Ordinal);
        Assert.Contains("5,code,代码与第 2 行重复", report, StringComparison.Ordinal);

        var allBad = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.TargetHeader + "\nx,y,640104,,,,,\n"), "t.csv", "mode=applyValid");
        Assert.Equal("rejected", allBad.Status);
    }

    [Fact]
    public async Task Progress_can_be_polled_until_the_job_finishes()
    {
        await Client.SeedOrganizationAsync();
        var queued = await (await Client.UploadAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(30_000)), "t.csv")).ReadAsync<ImportJobDto>(HttpStatusCode.Accepted);
        Assert.Equal("queued", queued.Status);
        var seen = new List<ImportJobDto>();
        ImportJobDto job;
        do
        {
            job = await (await Client.GetAsync($"/api/v1/import-jobs/{queued.Id}")).ReadAsync<ImportJobDto>(HttpStatusCode.OK);
            seen.Add(job);
            await Task.Delay(50);
        }
        while (job.Status is "queued" or "running");

        Assert.Equal(("succeeded", 30_000L, 30_000L), (job.Status, job.RowsDone, job.RowsTotal));
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.RowsDone <= p.Second.RowsDone), "progress never goes back");
        Assert.All(seen.Where(s => s is { Status: "running", RowsDone: > 0 }), s => Assert.NotNull(s.EtaSeconds));
        Assert.Equal(30_000, await Fixture.CountRowsAsync("targets"));
    }

    [Fact]
    public async Task A_restart_marks_unfinished_jobs_failed()
    {
        var id = Guid.NewGuid();
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO import_jobs (id, roster, mode, file_name, stored_path, encoding, status, rows_done, inserted, updated, unchanged,
                    error_count, created_by, created_at_utc, started_at_utc)
                VALUES (@id, 'Targets', 'Apply', 'big.csv', '/nonexistent/big.csv', 'auto', 'Running', 123, 0, 0, 0, 0, 'x', now(), now())
                """, connection);
            insert.Parameters.AddWithValue("id", id);
            await insert.ExecuteNonQueryAsync();
        }

        await using var restarted = Fixture.CreateFactory();
        using var client = RosterApi.NewClient(restarted);
        var job = await (await client.GetAsync($"/api/v1/import-jobs/{id}")).ReadAsync<ImportJobDto>(HttpStatusCode.OK);
        Assert.Equal("failed", job.Status);
        Assert.Contains("重启", job.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roster_keeper_of_one_unit_imports_officers_into_it_only_and_changes_none_elsewhere()
    {
        var unitA = await Client.SeedOrganizationAsync();
        await Client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640105", name = "金凤区市场监督管理局", regionCode = "640105" });
        const string header = "人员编号,姓名,所属单位,部门,执法组长,业务专长,执法证号,发证日期,有效期至\n";
        await Client.ImportAsync("officers", ImportFiles.Utf8(header + "NX-B1,赵敏,NX-640105,amr,否,,,,\n"), "b.csv");
        await Accounts.CreateUserAsync(Client, "keeper-a", ["roster-keeper"], unitId: unitA);
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "keeper-a");
        using var keeper = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);

        var intoB = await keeper.ImportAsync("officers", ImportFiles.Utf8(header + "NX-A1,张伟,NX-640104,amr,否,,,,\nNX-A2,李娜,NX-640105,amr,否,,,,\n"), "o.csv");
        var changeB = await keeper.ImportAsync("officers", ImportFiles.Utf8(header + "NX-B1,赵敏改,NX-640104,amr,否,,,,\n"), "o.csv");

        Assert.Equal(("rejected", 1L), (intoB.Status, intoB.ErrorCount));
        Assert.Equal(("rejected", 1L), (changeB.Status, changeB.ErrorCount));
        Assert.Contains("超出本人所属单位范围", await keeper.ReportAsync(intoB), StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.CountRowsAsync("officers"));
        Assert.Equal(1, await Fixture.CountRowsAsync("officers WHERE number = 'NX-B1' AND name = '赵敏'"));
        var mine = await keeper.ImportAsync("officers", ImportFiles.Utf8(header + "NX-A1,张伟,NX-640104,amr,否,,,,\n"), "o.csv");
        Assert.Equal(("succeeded", 1L), (mine.Status, mine.Inserted));
        // The job acts for its uploader: the row is stamped with them and its audit entry names them.
        Assert.Equal(1, await Fixture.CountRowsAsync("officers WHERE number = 'NX-A1' AND created_by = 'keeper-a'"));
        var created = Assert.Single(await Client.EntriesAsync("&entityType=Officer&action=create&actor=keeper-a"));
        Assert.NotNull(created.ActorId);
        Assert.Equal(unitA, created.UnitId);

        // Recusals likewise: only for officers of the uploader's units.
        await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(1)), "t.csv");
        const string recusals = "人员编号,检查对象代码,回避事由,说明,开始日期,结束日期\n";
        var recusalB = await keeper.ImportAsync("recusals", ImportFiles.Utf8(recusals + $"NX-B1,{RosterApi.Code(1)},Kinship,,2026-01-01,\n"), "r.csv");
        Assert.Equal(("rejected", 1L), (recusalB.Status, recusalB.ErrorCount));
        var recusalA = await keeper.ImportAsync("recusals", ImportFiles.Utf8(recusals + $"NX-A1,{RosterApi.Code(1)},Kinship,,2026-01-01,\n"), "r.csv");
        Assert.Equal(("succeeded", 1L), (recusalA.Status, recusalA.Inserted));
        Assert.Equal(1, await Fixture.CountRowsAsync("recusals"));
    }

    [Fact]
    public async Task Officers_import_by_unit_code_and_reimport_changes_nothing()
    {
        await Client.SeedOrganizationAsync();
        const string header = "人员编号,姓名,所属单位,部门,执法组长,业务专长,执法证号,发证日期,有效期至\n";
        var csv = header + "NX-1,张伟,NX-640104,amr,是,食品安全;计量,C1,2020-01-01,2099-01-01\nNX-2,李娜,NX-640104,fire,否,,,,\n";
        var job = await Client.ImportAsync("officers", ImportFiles.Utf8(csv), "o.csv");
        Assert.Equal(("succeeded", 2L), (job.Status, job.Inserted));
        var again = await Client.ImportAsync("officers", ImportFiles.Utf8(csv), "o.csv");
        Assert.Equal((0L, 0L, 2L), (again.Inserted, again.Updated, again.Unchanged));
        var leaders = await (await Client.GetAsync("/api/v1/officers?leader=true")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.True(Assert.Single(leaders.Items).Certified);

        var bad = await Client.ImportAsync("officers", ImportFiles.Utf8(header + "NX-3,王,NX-999999,nosuch,也许,,,,\n"), "o.csv");
        Assert.Equal(("rejected", 3L), (bad.Status, bad.ErrorCount));
        Assert.Equal(2, await Fixture.CountRowsAsync("officers"));
    }

    [Fact]
    public async Task Officer_files_of_several_batches_apply_whole_or_not_at_all()
    {
        await Client.SeedOrganizationAsync();
        const string header = "人员编号,姓名,所属单位,部门,执法证号,发证日期,有效期至\n";
        var rows = Enumerable.Range(1, 2_500).Select(i => $"NX-{i},张{i},NX-640104,amr,C{i},2020-01-01,2099-01-01").ToList();
        // A second certificate of the first officer, thousands of rows (and two batches) later.
        rows.Add("NX-1,张1,NX-640104,amr,C-extra,2021-01-01,2099-01-01");

        var bad = await Client.ImportAsync("officers", ImportFiles.Utf8(header + string.Join("\n", rows) + "\nNX-X,王,NX-999999,amr,,,\n"), "o.csv");
        Assert.Equal(("rejected", 1L), (bad.Status, bad.ErrorCount));
        Assert.Equal(0, await Fixture.CountRowsAsync("officers"));

        var job = await Client.ImportAsync("officers", ImportFiles.Utf8(header + string.Join("\n", rows) + "\n"), "o.csv");
        Assert.Equal(("succeeded", 2_501L, 2_500L), (job.Status, job.RowsDone, job.Inserted));
        Assert.Equal(2_501, await Fixture.CountRowsAsync("officer_certificates"));
        Assert.Equal(2, await Fixture.ScalarAsync("SELECT count(*) FROM officer_certificates c JOIN officers o ON o.id = c.officer_id WHERE o.number = 'NX-1'"));
        // Every officer is on the audit trail, each saved in its batch.
        var audited = await (await Client.GetAsync("/api/v1/audit/entries?entityType=Officer&action=create&pageSize=1"))
            .ReadAsync<Page<AuditEntryView>>(HttpStatusCode.OK);
        Assert.Equal(2_500, audited.TotalCount);

        var again = await Client.ImportAsync("officers", ImportFiles.Utf8(header + string.Join("\n", rows) + "\n"), "o.csv");
        Assert.Equal((0L, 0L, 2_500L), (again.Inserted, again.Updated, again.Unchanged));
        rows[1_700] = "NX-1701,张一七零一,NX-640104,amr,C1701,2020-01-01,2099-01-01";
        var renamed = await Client.ImportAsync("officers", ImportFiles.Utf8(header + string.Join("\n", rows) + "\n"), "o.csv");
        Assert.Equal((0L, 1L, 2_499L), (renamed.Inserted, renamed.Updated, renamed.Unchanged));
        Assert.Equal(2, await Fixture.ScalarAsync("SELECT version FROM officers WHERE number = 'NX-1701'"));
    }
}
