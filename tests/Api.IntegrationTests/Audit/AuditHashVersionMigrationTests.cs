using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>
/// A trail whose first entries were linked in hash version 1 (before version 2 existed) keeps verifying next to version 2
/// entries; its version 1 entries cannot be redacted, because version 1 hashes the payload itself. Since the migrations
/// were squashed (ADR 12) no migration links version 1 any more: the owner writes those entries directly.
/// </summary>
public sealed class AuditHashVersionMigrationTests
{
    private const string OldPasswordHash = "AQAAAAIAAYagAAAAEOldHashOldHash";
    private const string NewPasswordHash = "AQAAAAIAAYagAAAAENewHashNewHash";

    [Fact]
    public async Task Version_1_entries_still_verify_next_to_new_ones_and_cannot_be_redacted()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = await server.CreateDatabaseAsync($"t_{Guid.NewGuid():N}");
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")).Options;
        await using (var db = new PostgresAppDbContext(options, new AuditChainWriter(SystemActor.Instance, TimeProvider.System)))
        {
            await db.Database.MigrateAsync();
        }

        await LinkAsVersion1Async(connectionString);

        try
        {
            await VerifyAndRedactAfterMigrationAsync(connectionString);
        }
        finally
        {
            await PostgresApiFixture.CloseConnectionsAsync(connectionString);
        }
    }

    private static async Task VerifyAndRedactAfterMigrationAsync(string connectionString)
    {
        await using var factory = new ApiFactory("postgres", connectionString);
        using var client = factory.CreateAdministratorClient();
        await (await client.PostJsonAsync("/api/v1/branch-units", new { code = "M1", name = "迁移后", regionCode = "640100" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);

        var entries = await client.EntriesAsync();
        Assert.Equal([1, 1, 1, 1, 2], entries.Select(e => e.HashVersion));
        Assert.Null(entries[0].PayloadDigest);
        var legacy = entries.Single(e => e.EntityType == "User" && e.Action == AuditDraft.Update);
        Assert.Equal(AuditSecrets.Redacted, legacy.Before!.Value.GetProperty("passwordHash").GetString());
        Assert.Equal(AuditSecrets.Redacted, legacy.After!.Value.GetProperty("securityStamp").GetString());
        Assert.Equal("old", legacy.After!.Value.GetProperty("userName").GetString());
        var verdict = await client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(5L, verdict.Length);

        var refused = await (await client.PostJsonAsync("/api/v1/audit/entries/2/redact", new { reason = "依法删除" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("audit-entry-not-redactable", refused.Code);
        await (await client.PostJsonAsync("/api/v1/audit/entries/5/redact", new { reason = "依法删除" }))
            .ReadAsync<AuditEntryView>(HttpStatusCode.OK);

        // Not even the owner can tombstone a version 1 entry, with a record of it or not.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var stage = new NpgsqlCommand("""
                INSERT INTO audit_pending (occurred_at_utc, actor_name, actor_roles, action, entity_type, entity_id, after, reason, tail)
                VALUES (now(), 'owner', '[]', 'audit.redact', 'AuditEntry', '1', '{"sequence":1}', 'test', '');
                SELECT audit_link();
                """, connection);
            await stage.ExecuteNonQueryAsync();
            await using var update = new NpgsqlCommand("""
                UPDATE audit_entries SET before = NULL, after = NULL, reason = NULL, payload_nonce = NULL, redacted_at_utc = now(),
                    redacted_by = 'owner', redaction_reason = 'test', redaction_sequence = 7 WHERE sequence = 1
                """, connection);
            var denied = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }

        var after = await client.VerifyAsync();
        Assert.True(after.Intact, after.Message);
        Assert.Equal((7L, 1L), (after.Length, after.Redacted));

        var csv = await client.GetStringAsync("/api/v1/audit/entries.csv");
        Assert.DoesNotContain(OldPasswordHash, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("STAMP-NEW", csv, StringComparison.Ordinal);
        Assert.Contains(AuditSecrets.Redacted, csv, StringComparison.Ordinal);
    }

    /// <summary>
    /// Four entries linked the way the service did before version 2 (the whole entry hashed, payload included), written
    /// by the owner straight into audit_entries (its append-only trigger refuses updates and deletes, not inserts).
    /// </summary>
    private static async Task LinkAsVersion1Async(string connectionString)
    {
        var actor = new AuditActor("旧版本", null, ["admin"], null, "req-old", "10.0.0.1");
        AuditDraft[] drafts =
        [
            new(AuditDraft.Create, "BranchUnit", "u1", null, CanonicalJson.Object([new("name", "旧\"单位\n")])),
            new(AuditDraft.Update, "BranchUnit", "u1", CanonicalJson.Object([new("name", "旧\"单位\n")]), CanonicalJson.Object([new("name", "新")])),
            new(AuditDraft.Read, "User", "u2", null, null, "导出"),
            // Written before secrets were kept out of payloads: readers through the service are shown markers.
            new(AuditDraft.Update, "User", "u3",
                CanonicalJson.Object([new("passwordHash", OldPasswordHash), new("securityStamp", "STAMP-OLD"), new("userName", "old")]),
                CanonicalJson.Object([new("passwordHash", NewPasswordHash), new("securityStamp", "STAMP-NEW"), new("userName", "old")])),
        ];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var prevHash = AuditHash.Genesis;
        var sequence = 0L;
        foreach (var draft in drafts)
        {
            var entry = AuditEntry.Chain(draft, actor, ++sequence, DateTime.UtcNow, prevHash, AuditHash.Version);
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO audit_entries (sequence, occurred_at_utc, actor_name, actor_roles, request_id, client_address,
                    action, entity_type, entity_id, before, after, reason, prev_hash, hash, hash_version)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1)
                """, connection)
            {
                Parameters =
                {
                    new() { Value = entry.Sequence }, new() { Value = entry.OccurredAtUtc },
                    new() { Value = entry.ActorName }, new() { Value = entry.ActorRoles }, new() { Value = entry.RequestId! },
                    new() { Value = entry.ClientAddress! }, new() { Value = entry.Action }, new() { Value = entry.EntityType },
                    new() { Value = entry.EntityId }, new() { Value = (object?)entry.Before ?? DBNull.Value },
                    new() { Value = (object?)entry.After ?? DBNull.Value }, new() { Value = (object?)entry.Reason ?? DBNull.Value },
                    new() { Value = entry.PrevHash }, new() { Value = entry.Hash },
                },
            };
            await insert.ExecuteNonQueryAsync();
            prevHash = entry.Hash;
        }
    }
}
