using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>The embedded default keeps the same chain, and its triggers refuse changes too.</summary>
public sealed class SqliteAuditTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-audit-").FullName;

    [Fact]
    public async Task Changes_are_chained_and_the_trail_refuses_updates_on_SQLite()
    {
        var path = Path.Combine(_folder, "audit.db");
        await using var factory = new ApiFactory("sqlite", $"Data Source={path}");
        using var client = factory.CreateAdministratorClient();

        var units = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            client.PostJsonAsync("/api/v1/branch-units", new { code = $"S{i}", name = $"单位{i}", regionCode = "640100" })));
        Assert.All(units, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var unit = await units[0].ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        await (await client.PostAsync($"/api/v1/branch-units/{unit.Id}/retire", null)).ReadAsync<BranchUnitDto>(HttpStatusCode.OK);

        var verdict = await client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(11, verdict.Length);
        Assert.Equal("update", (await client.EntriesAsync())[^1].Action);

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("UPDATE audit_entries SET actor_name = 'x'", connection);
        var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redaction_works_on_SQLite_and_its_trigger_refuses_every_other_update()
    {
        var path = Path.Combine(_folder, "redact.db");
        await using var factory = new ApiFactory("sqlite", $"Data Source={path}");
        using var client = factory.CreateAdministratorClient();
        for (var i = 0; i < 2; i++)
        {
            await (await client.PostJsonAsync("/api/v1/branch-units", new { code = $"S{i}", name = $"单位{i}", regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        }

        var tombstone = await (await client.PostJsonAsync("/api/v1/audit/entries/1/redact", new { reason = "依法删除" }))
            .ReadAsync<AuditEntryView>(HttpStatusCode.OK);
        Assert.Equal((2, 3L), (tombstone.HashVersion, tombstone.Redaction!.RecordSequence));
        Assert.Null(tombstone.After);
        var again = await (await client.PostJsonAsync("/api/v1/audit/entries/1/redact", new { reason = "依法删除" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("audit-entry-already-redacted", again.Code);

        var verdict = await client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal((3L, 1L), (verdict.Length, verdict.Redacted));

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "UPDATE audit_entries SET redacted_at_utc = NULL, redacted_by = NULL, redaction_reason = NULL, redaction_sequence = NULL WHERE sequence = 1",
            "UPDATE audit_entries SET redaction_reason = 'other' WHERE sequence = 1",
            "UPDATE audit_entries SET before = NULL, after = NULL, reason = NULL, payload_nonce = NULL, redacted_at_utc = '2026-12-01', "
                + "redacted_by = 'x', redaction_reason = 'y', redaction_sequence = 3 WHERE sequence = 2",
        })
        {
            await using var command = new SqliteCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
