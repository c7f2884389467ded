using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>Every change is recorded with the change, by whom, and what it was before and after.</summary>
public sealed class AuditTrailTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Units = "/api/v1/branch-units";

    private async Task<BranchUnitDto> CreateUnitAsync(string code, string name = "银川市市场监督管理局")
    {
        var response = await Client.PostJsonAsync(Units, new { code, name, regionCode = "640100" });
        return await response.ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Creating_updating_and_retiring_a_unit_records_each_change_with_before_and_after()
    {
        var unit = await CreateUnitAsync("NX-640100", "银川市局");
        await (await Client.PutJsonAsync($"{Units}/{unit.Id}", new { name = "银川市市场监督管理局", regionCode = "640100", version = 1 }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.OK);
        var retired = await (await Client.PostAsync($"{Units}/{unit.Id}/retire", null)).ReadAsync<BranchUnitDto>(HttpStatusCode.OK);

        var entries = await Client.EntriesAsync($"&entityType=BranchUnit&entityId={unit.Id}");
        Assert.Equal(["create", "update", "update"], entries.Select(e => e.Action));
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));

        var (create, update, retire) = (entries[0], entries[1], entries[2]);
        Assert.Null(create.Before);
        Assert.Equal("银川市局", create.After!.Value.GetProperty("name").GetString());
        Assert.Equal(1, create.After.Value.GetProperty("version").GetInt32());
        Assert.Equal("银川市局", update.Before!.Value.GetProperty("name").GetString());
        Assert.Equal("银川市市场监督管理局", update.After!.Value.GetProperty("name").GetString());
        Assert.Equal(2, update.After.Value.GetProperty("version").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, retire.Before!.Value.GetProperty("retiredAtUtc").ValueKind);
        // The trail keeps what PostgreSQL keeps: microseconds.
        var retiredAt = retired.RetiredAtUtc!.Value;
        Assert.Equal(retiredAt.AddTicks(-(retiredAt.Ticks % 10)), retire.After!.Value.GetProperty("retiredAtUtc").GetDateTime());

        Assert.All(entries, e =>
        {
            Assert.Equal("test-admin", e.ActorName);
            Assert.Equal(["administrator"], e.ActorRoles);
            Assert.Equal(unit.Id.ToString(), e.EntityId);
            Assert.False(string.IsNullOrEmpty(e.RequestId));
            Assert.Equal(DateTimeKind.Utc, e.OccurredAtUtc.Kind);
        });
        Assert.Equal(new string('0', 64), create.PrevHash);
        Assert.Equal(create.Hash, update.PrevHash);
        Assert.Equal(update.Hash, retire.PrevHash);

        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(3, verdict.Length);
        Assert.Equal(retire.Hash, verdict.HeadHash);
    }

    [Fact]
    public async Task A_refused_request_leaves_no_entry()
    {
        var unit = await CreateUnitAsync("NX-640100");

        await (await Client.PostJsonAsync(Units, new { code = "NX-640100", name = "重复", regionCode = "640100" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        await (await Client.PostJsonAsync(Units, new { code = "bad code!", name = "无效", regionCode = "1" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.PutJsonAsync($"{Units}/{unit.Id}", new { name = "过期", regionCode = "640100", version = 9 }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        var child = await (await Client.PostJsonAsync(Units, new { code = "NX-640104", name = "兴庆区", regionCode = "640104", parentId = unit.Id }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        await (await Client.PostAsync($"{Units}/{unit.Id}/retire", null)).ReadProblemAsync(HttpStatusCode.Conflict);

        var entries = await Client.EntriesAsync();
        Assert.Equal([unit.Id.ToString(), child.Id.ToString()], entries.Select(e => e.EntityId));
        Assert.Equal(2, await Fixture.CountRowsAsync("audit_entries"));
    }

    [Fact]
    public async Task A_database_refusal_rolls_back_the_change_and_its_entry_together()
    {
        await CreateUnitAsync("NX-640100");
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var duplicate = await db.BranchUnits.AsNoTracking().SingleAsync();
        // Bypass the handler's duplicate check: the unique index refuses the row inside SaveChanges.
        db.BranchUnits.Add(Domain.Organization.BranchUnit.Create(duplicate.Code, "重复", null, "640100"));
        db.Departments.Add(Domain.Organization.Department.Create("amr", "市场监督管理"));

        await Assert.ThrowsAsync<Application.Common.Exceptions.ConflictException>(() => db.SaveChangesAsync());

        Assert.Equal(1, await Fixture.CountRowsAsync("audit_entries"));
        Assert.Equal(0, await Fixture.CountRowsAsync("departments"));
    }

    [Fact]
    public async Task Sensitive_reads_and_operations_are_recorded_through_the_audit_log()
    {
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            await log.RecordReadAsync("Draw", "draw-7", "复核抽取包（揭示前）", CancellationToken.None);
            await log.RecordOperationAsync("draw.witness", "Draw", "draw-7", null,
                new Dictionary<string, object?> { ["witness"] = "张三", ["entropyDigest"] = "ab12" }, CancellationToken.None);
        }

        // Inside a transaction that rolls back, the entry goes with it.
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordReadAsync("Draw", "draw-8", "rolled back", CancellationToken.None);
            await transaction.RollbackAsync();
        }

        var operations = await (await Client.GetAsync("/api/v1/audit/operations?entityType=Draw&entityId=draw-7"))
            .ReadAsync<Page<AuditEntryView>>(HttpStatusCode.OK);
        Assert.Equal(["read", "draw.witness"], operations.Items.Select(e => e.Action));
        Assert.Equal("复核抽取包（揭示前）", operations.Items[0].Reason);
        Assert.Equal("system", operations.Items[0].ActorName);
        Assert.Equal("张三", operations.Items[1].After!.Value.GetProperty("witness").GetString());
        Assert.Equal(2, await Fixture.CountRowsAsync("audit_entries"));
        Assert.True((await Client.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Entries_filter_by_actor_action_type_time_and_sequence_and_page_newest_first()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 5; i++)
        {
            await CreateUnitAsync($"U{i}");
        }

        await (await Client.PostJsonAsync("/api/v1/departments", new { code = "fire", name = "消防救援" })).ReadAsync<DepartmentDto>(HttpStatusCode.Created);

        var newest = await (await Client.GetAsync("/api/v1/audit/entries?pageSize=2")).ReadAsync<Page<AuditEntryView>>(HttpStatusCode.OK);
        Assert.Equal([6L, 5L], newest.Items.Select(e => e.Sequence));
        Assert.Equal(6, newest.TotalCount);
        Assert.Equal("Department", newest.Items[0].EntityType);

        Assert.Equal(5, (await Client.EntriesAsync("&entityType=BranchUnit&action=create&actor=test-admin")).Count);
        Assert.Empty(await Client.EntriesAsync("&actor=somebody"));
        Assert.Equal([2L, 3L], (await Client.EntriesAsync("&fromSequence=2&toSequence=3")).Select(e => e.Sequence));
        var from = Uri.EscapeDataString(before.ToString("O"));
        var to = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"));
        Assert.Equal(6, (await Client.EntriesAsync($"&from={from}&to={to}")).Count);
        Assert.Empty(await Client.EntriesAsync($"&to={from}"));
    }

    [Theory]
    [InlineData("action=Not%20An%20Action", "action")]
    [InlineData("entityType=1x", "entityType")]
    [InlineData("from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z", "to")]
    [InlineData("fromSequence=0", "fromSequence")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("sort=actorName", "sort")]
    [InlineData("from=yesterday", "from")]
    public async Task Bad_filters_get_400_with_the_field_named(string query, string field)
    {
        var problem = await (await Client.GetAsync($"/api/v1/audit/entries?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors?.ContainsKey(field), $"{field} not in {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}");
    }

    [Fact]
    public async Task The_operation_log_needs_an_entity_type()
    {
        var problem = await (await Client.GetAsync("/api/v1/audit/operations")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("entityType", problem.Errors!.Keys);
    }

    [Fact]
    public async Task The_OpenAPI_document_names_the_filters_as_clients_send_them()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/v1/audit/entries").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("entityType", parameters);
        Assert.Contains("fromSequence", parameters);
        Assert.DoesNotContain("EntityType", parameters);
    }
}
