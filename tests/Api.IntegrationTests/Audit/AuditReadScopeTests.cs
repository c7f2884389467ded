using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Auditing;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>
/// Audit reads are unit-scoped like every other read: a user outside the bureau-wide roles sees the entries of actors of
/// their units, and of tasks and draws visible to them; reading an unrevealed result through the trail is itself recorded.
/// </summary>
public sealed class AuditReadScopeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public Task A_leader_of_another_unit_sees_neither_its_users_nor_its_unrevealed_draw_through_entries_export_or_operations() =>
        new AuditScopeCases(Fixture.Factory, Client).OtherUnitAsync();

    [Fact]
    public Task Where_the_draw_is_visible_its_unrevealed_result_is_shown_and_each_read_is_recorded_until_reveal() =>
        new AuditScopeCases(Fixture.Factory, Client).VisibleAsync();
}

/// <summary>The same on SQLite, where the drawn rows are recorded one by one (PostgreSQL copies them in bulk).</summary>
public sealed class SqliteAuditReadScopeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-audit-scope-").FullName;

    [Fact]
    public async Task Audit_reads_are_scoped_and_unrevealed_reads_recorded_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "other.db")}");
        using var admin = factory.CreateAdministratorClient();
        await new AuditScopeCases(factory, admin, sqlite: true).OtherUnitAsync();
        await using var factory2 = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "visible.db")}");
        using var admin2 = factory2.CreateAdministratorClient();
        await new AuditScopeCases(factory2, admin2, sqlite: true).VisibleAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

internal sealed class AuditScopeCases(ApiFactory factory, HttpClient admin, bool sqlite = false)
{
    private HttpClient Client => admin;

    private sealed record World(Guid UnitA, Guid UnitB, Guid Alice, Guid Bob, Guid TaskId, Guid DrawId, Guid TaskOfB);

    /// <summary>
    /// Units A and B; alice (A) and bob (B) change their passwords; an operator of A seals a draw of a task of A, and
    /// creates a task of B (its officers are B's).
    /// </summary>
    private async Task<World> WorldAsync()
    {
        var s = new DrawScenario(factory, Client);
        await s.SeedAsync();
        var unitB = (await (await Client.PostJsonAsync("/api/v1/branch-units", new { code = "SZS", name = "石嘴山市局", regionCode = "640200" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created)).Id;
        await Accounts.CreateUserAsync(Client, "sup-a", ["supervisor"], unitId: s.UnitId);
        var alice = await Accounts.CreateUserAsync(Client, "alice", ["inspector"], unitId: s.UnitId);
        var bob = await Accounts.CreateUserAsync(Client, "bob", ["inspector"], unitId: unitB);
        foreach (var name in new[] { "alice", "bob" })
        {
            var tokens = await Accounts.LoginAsync(factory.CreateClient(), name);
            using var user = factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
            (await user.PostJsonAsync("/api/v1/auth/change-password", new { currentPassword = Accounts.Password, newPassword = "An0ther!Passw0rd" }))
                .EnsureSuccessStatusCode();
        }

        using var operatorA = factory.CreateClientAs("op-a", ["operator"], s.UnitId);
        var item = await s.CreateItemAsync();
        using var task = await (await operatorA.PostJsonAsync("/api/v1/tasks", DrawScenario.TaskBody(item, officerUnitIds: [s.UnitId])))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var taskId = task.RootElement.GetProperty("id").GetGuid();
        using var draw = await (await operatorA.PostAsync($"/api/v1/tasks/{taskId}/draws", null)).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var drawId = draw.RootElement.GetProperty("id").GetGuid();
        using var confirmation = await (await operatorA.PostJsonAsync("/api/v1/auth/confirmations",
                new { action = "draw.execute", subject = drawId.ToString(), userName = "sup-a", password = Accounts.Password }))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        (await operatorA.PostJsonAsync($"/api/v1/draws/{drawId}/execute",
            new { entropy = "3-5-2-6-1-4 双色球 2026135", confirmationId = confirmation.RootElement.GetProperty("id").GetGuid() }))
            .EnsureSuccessStatusCode();
        // A task of unit B created by an actor of unit A: an operator of A may not (403 unit-out-of-scope), an
        // administrator who belongs to A may.
        await (await operatorA.PostJsonAsync("/api/v1/tasks", DrawScenario.TaskBody(item, name: "乙单位任务", officerUnitIds: [unitB])))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        using var adminA = factory.CreateClientAs("admin-a", ["administrator"], s.UnitId);
        using var taskOfB = await (await adminA.PostJsonAsync("/api/v1/tasks", DrawScenario.TaskBody(item, name: "乙单位任务", officerUnitIds: [unitB])))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return new World(s.UnitId, unitB, alice, bob, taskId, drawId, taskOfB.RootElement.GetProperty("id").GetGuid());
    }

    private static bool RevealsResult(AuditEntryView e) =>
        (e.After?.ValueKind == JsonValueKind.Object && e.After.Value.TryGetProperty("resultLines", out var lines) && lines.ValueKind == JsonValueKind.String)
        || (e.Before?.ValueKind == JsonValueKind.Object && e.Before.Value.TryGetProperty("resultLines", out var old) && old.ValueKind == JsonValueKind.String);

    /// <summary>The reads of the draw that the audit API left for <paramref name="actor"/>, as an administrator sees them.</summary>
    private async Task<int> TrailReadsAsync(Guid drawId, string actor) =>
        (await Client.EntriesAsync($"&action=read&entityType=Draw&entityId={drawId}&actor={actor}"))
        .Count(e => e.Reason == AuditReadScope.UnrevealedReadReason);

    public async Task OtherUnitAsync()
    {
        var w = await WorldAsync();
        using var leaderB = factory.CreateClientAs("leader-b", ["leader"], w.UnitB);

        // entries: only what actors of unit B did, nothing about the task or draw of unit A.
        var users = await leaderB.EntriesAsync("&entityType=User");
        Assert.Contains(users, e => e.EntityId == w.Bob.ToString());
        Assert.DoesNotContain(users, e => e.EntityId == w.Alice.ToString());
        var all = await leaderB.EntriesAsync();
        Assert.NotEmpty(all);
        Assert.All(all, e => Assert.Equal(w.UnitB, e.UnitId));
        Assert.DoesNotContain(all, RevealsResult);
        Assert.DoesNotContain(all, e => e.EntityId == w.DrawId.ToString() || e.EntityId == w.TaskId.ToString());
        Assert.Empty(await leaderB.EntriesAsync($"&unitId={w.UnitA}"));

        // entries.csv: the same scope.
        var csv = await (await leaderB.GetAsync("/api/v1/audit/entries.csv")).Content.ReadAsStringAsync();
        Assert.Contains(w.Bob.ToString(), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(w.Alice.ToString(), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(w.DrawId.ToString(), csv, StringComparison.Ordinal);
        Assert.DoesNotContain("resultLines", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(w.UnitA.ToString(), csv, StringComparison.Ordinal);

        // operations: the draw log of unit A is not theirs.
        var operations = await (await leaderB.GetAsync($"/api/v1/audit/operations?entityType=Draw"))
            .ReadAsync<Page<AuditEntryView>>(HttpStatusCode.OK);
        Assert.Equal(0, operations.TotalCount);
        var one = await (await leaderB.GetAsync($"/api/v1/audit/operations?entityType=Draw&entityId={w.DrawId}"))
            .ReadAsync<Page<AuditEntryView>>(HttpStatusCode.OK);
        Assert.Empty(one.Items);
        Assert.Equal(0, await TrailReadsAsync(w.DrawId, "leader-b"));
    }

    public async Task VisibleAsync()
    {
        var w = await WorldAsync();
        using var leaderA = factory.CreateClientAs("leader-a", ["leader"], w.UnitA);

        // A leader of unit A sees alice's own change (actor of unit A) and the draw, result lines included: the read is recorded.
        var users = await leaderA.EntriesAsync("&entityType=User");
        Assert.Contains(users, e => e.EntityId == w.Alice.ToString());
        Assert.DoesNotContain(users, e => e.EntityId == w.Bob.ToString());
        Assert.Equal(0, await TrailReadsAsync(w.DrawId, "leader-a"));
        var drawEntries = await leaderA.EntriesAsync($"&entityType=Draw&entityId={w.DrawId}");
        Assert.Contains(drawEntries, RevealsResult);
        Assert.Equal(1, await TrailReadsAsync(w.DrawId, "leader-a"));
        var operations = await (await leaderA.GetAsync($"/api/v1/audit/operations?entityType=Draw&entityId={w.DrawId}"))
            .ReadAsync<Page<AuditEntryView>>(HttpStatusCode.OK);
        Assert.Contains(operations.Items, RevealsResult);
        Assert.Equal(2, await TrailReadsAsync(w.DrawId, "leader-a"));
        var csv = await (await leaderA.GetAsync($"/api/v1/audit/entries.csv?entityType=Draw")).Content.ReadAsStringAsync();
        Assert.Contains("resultLines", csv, StringComparison.Ordinal);
        Assert.Equal(3, await TrailReadsAsync(w.DrawId, "leader-a"));

        // The drawn rows (recorded one by one on SQLite) follow their draw; an officer's inspection history names no
        // draw and is for the bureau-wide roles; a task of B created by an actor of A is B's.
        var all = await leaderA.EntriesAsync();
        if (sqlite)
        {
            Assert.Contains(all, e => e.EntityType == "DrawSelection");
            Assert.Contains(all, e => e.EntityType == "DrawGroupMember");
            Assert.Contains(all, e => e.EntityType == "DrawnTargetByYear");
            Assert.Contains(await Client.EntriesAsync("&entityType=InspectionHistoryEntry"), e => e.UnitId == w.UnitA);
        }

        Assert.Contains(all, e => e.EntityType == "DrawSnapshot");
        Assert.DoesNotContain(all, e => e.EntityType == "InspectionHistoryEntry");
        Assert.DoesNotContain(all, e => e.EntityId == w.TaskOfB.ToString());
        Assert.Contains(await Client.EntriesAsync($"&entityId={w.TaskOfB}"), e => e.UnitId == w.UnitA);
        Assert.Equal(4, await TrailReadsAsync(w.DrawId, "leader-a"));

        // An administrator who belongs to unit A acts for the whole bureau: their changes outside tasks and draws are
        // not shown to unit A's leader (the unit an actor belongs to says nothing about the record's).
        using var adminOfA = factory.CreateClientAs("admin-of-a", ["administrator"], w.UnitA);
        var made = await (await adminOfA.PostJsonAsync("/api/v1/branch-units", new { code = "GY", name = "固原市局", regionCode = "640400" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        Assert.DoesNotContain(await leaderA.EntriesAsync("&entityType=BranchUnit"), e => e.EntityId == made.Id.ToString());
        Assert.Contains(await Client.EntriesAsync("&entityType=BranchUnit"), e => e.EntityId == made.Id.ToString());

        // Entries that show no result (a task's entries) leave no read.
        Assert.NotEmpty(await leaderA.EntriesAsync($"&entityType=InspectionTask&entityId={w.TaskId}"));
        Assert.Equal(4, await TrailReadsAsync(w.DrawId, "leader-a"));

        // A bureau-wide role sees every unit, users of A and B and the draw alike; its read is recorded too.
        var adminUsers = await Client.EntriesAsync("&entityType=User");
        Assert.Contains(adminUsers, e => e.EntityId == w.Alice.ToString());
        Assert.Contains(adminUsers, e => e.EntityId == w.Bob.ToString());
        Assert.Contains(await Client.EntriesAsync($"&entityType=Draw&entityId={w.DrawId}"), RevealsResult);
        Assert.Equal(1, await TrailReadsAsync(w.DrawId, "test-admin"));

        // After reveal (closing the task) the result is public: reading it through the trail leaves no further read.
        (await Client.PostAsync($"/api/v1/tasks/{w.TaskId}/close", null)).EnsureSuccessStatusCode();
        Assert.Contains(await leaderA.EntriesAsync($"&entityType=Draw&entityId={w.DrawId}"), RevealsResult);
        Assert.Equal(4, await TrailReadsAsync(w.DrawId, "leader-a"));
    }
}
