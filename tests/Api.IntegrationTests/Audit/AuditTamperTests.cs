using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>An insider with the database owner's keys edits, deletes or reorders entries: verification names the entry.</summary>
public sealed class AuditTamperTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    /// <summary>Every column but the sequence: swapping them moves one entry's content to the other's place.</summary>
    private const string Columns =
        "occurred_at_utc, actor_id, actor_name, actor_roles, unit_id, action, entity_type, entity_id, before, after, reason, request_id, client_address, prev_hash, hash";

    private async Task CreateUnitsAsync(int count, int first = 0)
    {
        for (var i = first; i < first + count; i++)
        {
            await (await Client.PostJsonAsync("/api/v1/branch-units", new { code = $"U{i}", name = $"单位{i}", regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task An_untouched_chain_verifies_with_its_length_and_head_and_so_does_the_command()
    {
        await CreateUnitsAsync(5);

        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal((5L, 1L, 5L), (verdict.Length, verdict.FirstSequence!.Value, verdict.HeadSequence));
        Assert.Equal((await Client.EntriesAsync())[^1].Hash, verdict.HeadHash);

        var (exit, output) = await Fixture.RunAuditVerifyCommandAsync();
        Assert.Equal(0, exit);
        Assert.Contains($"head: 5 {verdict.HeadHash}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_entry_is_named_by_its_sequence()
    {
        await CreateUnitsAsync(5);
        await Fixture.TamperAsync("UPDATE audit_entries SET after = replace(after, '单位2', '单位X') WHERE sequence = 3");

        // Version 2 entries chain their payload's digest: an edited payload no longer gives it.
        var verdict = await Client.VerifyAsync();
        Assert.False(verdict.Intact);
        Assert.Equal((3L, "payload-mismatch"), (verdict.Break!.Sequence, verdict.Break.Kind));
        Assert.Equal(2, verdict.Length);

        var (exit, output) = await Fixture.RunAuditVerifyCommandAsync();
        Assert.Equal(1, exit);
        Assert.Contains("sequence: 3\nkind: payload-mismatch", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // Any other member (here the actor) is in the chained text itself.
        await Fixture.TamperAsync("UPDATE audit_entries SET after = replace(after, '单位X', '单位2'), actor_name = 'x' WHERE sequence = 3");
        Assert.Equal((3L, "hash-mismatch"), ((await Client.VerifyAsync()).Break!.Sequence, (await Client.VerifyAsync()).Break!.Kind));
    }

    [Fact]
    public async Task A_deleted_entry_is_named_as_a_gap()
    {
        await CreateUnitsAsync(5);
        await Fixture.TamperAsync("DELETE FROM audit_entries WHERE sequence = 3");

        var verdict = await Client.VerifyAsync();
        Assert.Equal((3L, "sequence-gap"), (verdict.Break!.Sequence, verdict.Break.Kind));
        Assert.Equal("sequence 4", verdict.Break.Actual);
    }

    [Fact]
    public async Task Two_swapped_entries_are_named_at_the_first_of_them()
    {
        await CreateUnitsAsync(5);
        var set = string.Join(", ", Columns.Split(", ").Select(c => $"{c} = b.{c}"));
        await Fixture.TamperAsync(
            $"UPDATE audit_entries a SET {set} FROM audit_entries b WHERE (a.sequence, b.sequence) IN ((2, 4), (4, 2))");

        var entries = await Client.EntriesAsync();
        Assert.Equal("U3", entries[1].After!.Value.GetProperty("code").GetString());
        var verdict = await Client.VerifyAsync();
        Assert.Equal((2L, "prev-hash-mismatch"), (verdict.Break!.Sequence, verdict.Break.Kind));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor_name = 'someone else' WHERE sequence = 1")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 1")]
    [InlineData("TRUNCATE audit_entries")]
    [InlineData("UPDATE audit_checkpoints SET hash = hash")]
    [InlineData("TRUNCATE audit_checkpoints")]
    public async Task The_database_refuses_to_change_or_remove_entries_even_for_the_owner(string sql)
    {
        await CreateUnitsAsync(1);
        await Fixture.ExecuteAsync("""
            INSERT INTO audit_checkpoints (sequence, hash, occurred_at_utc, recorded_at_utc, recorded_by)
            SELECT sequence, hash, occurred_at_utc, now(), 'admin' FROM audit_entries
            """);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsync(sql));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.True((await Client.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task The_application_role_appends_only_through_the_chain_and_cannot_change_or_unprotect_the_trail()
    {
        await Fixture.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Audit", "audit-app-role.sql")));
        var asApp = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Username = "doublerandom_app" }.ConnectionString;

        // The service itself runs as that role: changes and their entries still go through.
        await using (var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Database:ConnectionString", asApp).UseSetting("Database:MigrateOnStartup", "false")))
        using (var client = factory.CreateAdministratorClient())
        {
            await (await client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640100", name = "银川市", regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
            Assert.Equal(1, (await client.VerifyAsync()).Length);
        }

        await using var connection = new NpgsqlConnection(asApp);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "UPDATE audit_entries SET actor_name = 'x'", "DELETE FROM audit_entries", "TRUNCATE audit_entries",
            "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only",
            "INSERT INTO audit_entries SELECT * FROM audit_entries WHERE sequence = 1",
            "DELETE FROM audit_pending", "SELECT * FROM audit_pending", "TRUNCATE audit_pending",
            "INSERT INTO audit_pending (occurred_at_utc, actor_name, actor_roles, action, entity_type, entity_id, tail) VALUES (now(), 'x', '[]', 'create', 'X', '1', '')",
            "INSERT INTO audit_checkpoints (sequence, hash, occurred_at_utc, recorded_at_utc, recorded_by) VALUES (1, '', now(), now(), 'x')",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var denied = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }

        Assert.True((await Client.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task After_rotation_verification_restarts_at_the_checkpoint()
    {
        await CreateUnitsAsync(5);
        // The administrator's procedure (docs/audit.md): record the checkpoint, then remove the archived entries.
        await Fixture.ExecuteAsync("""
            INSERT INTO audit_checkpoints (sequence, hash, occurred_at_utc, recorded_at_utc, recorded_by, archive)
            SELECT sequence, hash, occurred_at_utc, now(), 'admin', 'audit-0001-0003.csv' FROM audit_entries WHERE sequence = 3
            """);
        await Fixture.TamperAsync("DELETE FROM audit_entries WHERE sequence <= 3");
        await CreateUnitsAsync(1, first: 5);

        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal((3L, 4L, 3L, 6L), (verdict.StartCheckpoint!.Value, verdict.FirstSequence!.Value, verdict.Length, verdict.HeadSequence));
    }

    [Fact]
    public async Task A_checkpoint_that_disagrees_with_the_chain_is_named()
    {
        await CreateUnitsAsync(3);
        await Fixture.ExecuteAsync($"""
            INSERT INTO audit_checkpoints (sequence, hash, occurred_at_utc, recorded_at_utc, recorded_by)
            VALUES (2, '{new string('f', 64)}', now(), now(), 'admin')
            """);

        var verdict = await Client.VerifyAsync();
        Assert.Equal((2L, "checkpoint-mismatch"), (verdict.Break!.Sequence, verdict.Break.Kind));
    }
}
