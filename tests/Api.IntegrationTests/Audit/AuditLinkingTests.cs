using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>
/// On PostgreSQL a transaction stages its entries and they are chained right after it commits
/// (docs/audit.md, "Linking"). These tests commit past the service's after-commit linking, as a crash between
/// commit and linking would leave things, and show that nothing is lost: readers and the sweeper link it.
/// </summary>
public sealed class AuditLinkingTests(AuditLinkingTests.SweepAtStartOnly fixture) : PostgresTest<AuditLinkingTests.SweepAtStartOnly>(fixture)
{
    /// <summary>No periodic sweep, so what is left staged stays staged until somebody reads.</summary>
    public sealed class SweepAtStartOnly : PostgresApiFixture
    {
        protected override IReadOnlyDictionary<string, string> Settings =>
            new Dictionary<string, string> { ["Audit:LinkSweepSeconds"] = "0" };
    }

    [Fact]
    public async Task A_change_is_chained_before_its_request_returns()
    {
        await Client.PostJsonAsync("/api/v1/departments", new { code = "fire", name = "消防" });

        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
        Assert.Equal(1, await Fixture.CountRowsAsync("audit_entries WHERE entity_type = 'Department' AND action = 'create'"));
    }

    [Fact]
    public async Task An_entry_left_staged_by_a_commit_is_chained_by_the_next_reader()
    {
        await Client.PostJsonAsync("/api/v1/departments", new { code = "fire", name = "消防" });
        await CommitWithoutLinkingAsync(Fixture, Department.Create("market", "市场监管"), Department.Create("food", "食品"));
        Assert.Equal(2, await Fixture.CountRowsAsync("audit_pending"));

        var verdict = await Client.VerifyAsync();

        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(3, verdict.Length);
        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
        var entries = await Client.EntriesAsync("&entityType=Department&action=create");
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence).Order());
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_nothing_staged()
    {
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Departments.Add(Department.Create("market", "市场监管"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
        Assert.Equal(0, (await Client.VerifyAsync()).Length);
        Assert.Equal(0, await Fixture.CountRowsAsync("departments"));
    }

    [Theory]
    [InlineData("repeat('x', 101)", "now()")]
    [InlineData("'bench'", "'infinity'")]
    public async Task A_staged_entry_the_chain_would_refuse_is_refused_when_staged(string actorName, string occurredAt)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            $$"""
            INSERT INTO audit_pending (occurred_at_utc, actor_name, actor_roles, action, entity_type, entity_id, tail)
            VALUES ({{occurredAt}}, {{actorName}}, 'administrator', 'create', 'Department', 'x', ',"actorId":null}')
            """, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        await Client.PostJsonAsync("/api/v1/departments", new { code = "fire", name = "消防" });
        Assert.True((await Client.VerifyAsync()).Intact);
        Assert.Equal(1, await Fixture.CountRowsAsync("audit_entries"));
    }

    /// <summary>Saves in a transaction and commits it on the raw connection, so EF's after-commit linking never runs.</summary>
    internal static async Task CommitWithoutLinkingAsync(PostgresApiFixture fixture, params Department[] departments)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync();
        await transaction.GetDbTransaction().CommitAsync();
    }
}

/// <summary>Entries left staged are chained by the periodic sweep even when nobody reads the trail.</summary>
public sealed class AuditSweepTests(AuditSweepTests.SweepEverySecond fixture) : PostgresTest<AuditSweepTests.SweepEverySecond>(fixture)
{
    public sealed class SweepEverySecond : PostgresApiFixture
    {
        protected override IReadOnlyDictionary<string, string> Settings =>
            new Dictionary<string, string> { ["Audit:LinkSweepSeconds"] = "1" };
    }

    [Fact]
    public async Task The_sweeper_chains_entries_left_staged_without_any_reader()
    {
        await AuditLinkingTests.CommitWithoutLinkingAsync(Fixture, Department.Create("market", "市场监管"));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Fixture.CountRowsAsync("audit_entries") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, await Fixture.CountRowsAsync("audit_entries WHERE entity_type = 'Department'"));
        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
        Assert.True((await Client.VerifyAsync()).Intact);
    }
}
