using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Drawing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// Whoever holds the application's database role (the service runs as it) cannot forge a draw's execution or reveal
/// with SQL, and not even a superuser can TRUNCATE a sealed table (issue 11 §3).
/// </summary>
public sealed class DrawDatabaseGuardTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string MadeUpExecution = """
        status = 'Sealed', entropy = 'e', entropy_digest = encode(sha256('e'::bytea), 'hex'), executed_by = 'op',
        supervised_by = 'sup', executed_at_utc = now()
        """;

    private async Task<(DrawScenario Scenario, Guid DrawId)> PreparedAsync()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync();
        await Accounts.CreateUserAsync(Client, "sup-1", ["supervisor"]);
        var task = await s.CreateTaskAsync(DrawScenario.TaskBody(await s.CreateItemAsync()));
        return (s, (await s.PrepareAsync(task.GetProperty("id").GetGuid())).GetProperty("id").GetGuid());
    }

    private async Task<(DrawScenario Scenario, Guid DrawId)> SealedAsync()
    {
        var (s, drawId) = await PreparedAsync();
        (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).EnsureSuccessStatusCode();
        return (s, drawId);
    }

    /// <summary>Runs statements in one transaction as the application role; the error of the statement or the COMMIT that refused it.</summary>
    private async Task<PostgresException> RefusedAsAppAsync(params string[] statements)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync(statements));
        Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, refused.SqlState);
        return refused;
    }

    /// <summary>What the service stages for a change of a draw, through audit_stage with the actor in the settings.</summary>
    private static string StageEntryFor(Guid drawId) => $$"""
        SELECT set_config('doublerandom.actor_name', 'op', true), set_config('doublerandom.actor_roles', '["operator"]', true);
        SELECT audit_stage(now(), ARRAY['update'], ARRAY['Draw'], ARRAY['{{drawId}}'], ARRAY[NULL], ARRAY[NULL], ARRAY[NULL],
            ARRAY[',"actorId":null,"actorName":"op","actorRoles":["operator"],"unitId":null,"action":"update","entityType":"Draw","entityId":"{{drawId}}","before":null,"after":null,"reason":null,"requestId":null,"clientAddress":null}']);
        """;

    private async Task<string> StatusAsync(Guid drawId) =>
        (await (await Client.GetAsync($"/api/v1/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK)).RootElement.GetProperty("status").GetString()!;

    [Fact]
    public async Task The_service_itself_runs_as_the_application_role()
    {
        await PreparedAsync();
        Assert.True(await Fixture.ScalarAsync(
            $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename = '{PostgresApiFixture.AppRole}'") > 0);
        Assert.Equal(0, await Fixture.ScalarAsync(
            "SELECT count(*) FROM pg_roles WHERE rolname = 'doublerandom_app' AND (rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb)"));
    }

    [Fact]
    public async Task A_prepared_draw_cannot_be_declared_sealed_with_a_made_up_digest_or_without_its_rows_and_entry()
    {
        var (_, drawId) = await PreparedAsync();

        // The attack of the issue: one UPDATE with a made-up digest.
        await RefusedAsAppAsync($"UPDATE draws SET {MadeUpExecution}, result_lines = 'G|1|O1|O2', result_digest = repeat('0', 64) WHERE id = '{drawId}'");
        // A self-consistent digest over lines that no rows back: refused at COMMIT, entry or not.
        var consistent = $"UPDATE draws SET {MadeUpExecution}, result_lines = 'G|1|O1|O2', result_digest = dr1_result_digest('G|1|O1|O2') WHERE id = '{drawId}'";
        var noRows = await RefusedAsAppAsync(consistent, StageEntryFor(drawId));
        Assert.Contains("not the sealed result lines", noRows.MessageText, StringComparison.Ordinal);
        // A failure declared without an entry in the trail.
        var unaudited = await RefusedAsAppAsync(
            $"UPDATE draws SET {MadeUpExecution.Replace("'Sealed'", "'Failed'", StringComparison.Ordinal)}, failure = 'x', result_lines = 'F|x', result_digest = dr1_result_digest('F|x') WHERE id = '{drawId}'");
        Assert.Contains("audit trail", unaudited.MessageText, StringComparison.Ordinal);
        // Sealed back to prepared, or a status that does not exist.
        await RefusedAsAppAsync($"UPDATE draws SET status = 'Revealed' WHERE id = '{drawId}'");

        Assert.Equal("prepared", await StatusAsync(drawId));
    }

    [Fact]
    public async Task Result_rows_are_written_only_by_the_execution_that_seals_them_and_must_be_its_result()
    {
        var (s, drawId) = await PreparedAsync();
        const string Member = "INSERT INTO draw_group_members (draw_id, group_number, position, officer_id, officer_number, officer_name, unit_id) "
            + "SELECT '{0}', 9, 0, id, number, name, unit_id FROM officers LIMIT 1";

        // A row for a draw that stays prepared: refused at COMMIT.
        var prepared = await RefusedAsAppAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Member, drawId));
        Assert.Contains("seals draw", prepared.MessageText, StringComparison.Ordinal);

        // The real execution goes through; afterwards not one row can be added to its result.
        (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).EnsureSuccessStatusCode();
        Assert.Equal("sealed", await StatusAsync(drawId));
        await RefusedAsAppAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Member, drawId));
        await RefusedAsAppAsync($"INSERT INTO drawn_targets_by_year (year, target_code, draw_id) SELECT year + 1, 'X1', id FROM draws WHERE id = '{drawId}'");

        // The sealed rows rebuild the sealed lines and digest exactly (what the COMMIT check recomputed).
        Assert.Equal(1, await Fixture.ScalarAsync($"SELECT count(*) FROM draws WHERE id = '{drawId}' AND result_digest = dr1_result_digest(result_lines)"));
    }

    [Fact]
    public async Task A_draw_cannot_be_inserted_already_executed()
    {
        var (_, drawId) = await PreparedAsync();
        await RefusedAsAppAsync(
            $"CREATE TEMP TABLE forged ON COMMIT DROP AS SELECT * FROM draws WHERE id = '{drawId}'",
            $"UPDATE forged SET id = gen_random_uuid(), {MadeUpExecution}, result_lines = '', result_digest = dr1_result_digest('')",
            "INSERT INTO draws SELECT * FROM forged");
    }

    [Fact]
    public async Task A_wrong_secret_can_never_be_revealed_and_a_revealed_one_never_overwritten()
    {
        var (_, drawId) = await SealedAsync();
        var wrong = new string('0', 64);

        // The attack of the issue: s written before the reveal time, then locked in by setting the time.
        await RefusedAsAppAsync($"UPDATE draws SET revealed_secret = '{wrong}' WHERE id = '{drawId}'");
        var mismatch = await RefusedAsAppAsync($"UPDATE draws SET revealed_secret = '{wrong}', revealed_at_utc = now() WHERE id = '{drawId}'", StageEntryFor(drawId));
        Assert.Contains("commitment", mismatch.MessageText, StringComparison.Ordinal);

        // The real s: only with its entry in the trail.
        var secret = await SecretAsync(drawId);
        var reveal = $"UPDATE draws SET revealed_secret = '{secret}', revealed_at_utc = now() WHERE id = '{drawId}'";
        await RefusedAsAppAsync(reveal);
        await Fixture.ExecuteAsAppAsync(reveal, StageEntryFor(drawId));
        Assert.Equal(1, await Fixture.ScalarAsync($"SELECT count(*) FROM draws WHERE id = '{drawId}' AND dr1_commitment(revealed_secret) = commitment"));

        // Once revealed, s and its time stay, even for the owner.
        await RefusedAsAppAsync($"UPDATE draws SET revealed_secret = '{wrong}' WHERE id = '{drawId}'");
        await RefusedAsAppAsync($"UPDATE draws SET revealed_at_utc = now() + interval '1 day' WHERE id = '{drawId}'");
        var owner = await Assert.ThrowsAsync<PostgresException>(() =>
            Fixture.ScalarAsync($"UPDATE draws SET revealed_secret = NULL, revealed_at_utc = NULL WHERE id = '{drawId}' RETURNING 1"));
        Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, owner.SqlState);
    }

    [Fact]
    public async Task The_service_reveals_through_the_same_check()
    {
        var (_, drawId) = await SealedAsync();
        (await Client.PostAsync($"/api/v1/draws/{drawId}/reveal", null)).EnsureSuccessStatusCode();
        Assert.Equal(1, await Fixture.ScalarAsync($"SELECT count(*) FROM draws WHERE id = '{drawId}' AND dr1_commitment(revealed_secret) = commitment"));
    }

    [Theory]
    [InlineData("draws")]
    [InlineData("draw_snapshots")]
    [InlineData("draw_group_members")]
    [InlineData("draw_selections")]
    [InlineData("drawn_targets_by_year")]
    [InlineData("inspection_tasks")]
    [InlineData("audit_entries")]
    [InlineData("audit_checkpoints")]
    [InlineData("audit_pending")]
    public async Task Truncating_a_sealed_or_audit_table_is_refused_even_for_a_superuser(string table)
    {
        await SealedAsync();
        Assert.Equal(1, await Fixture.ScalarAsync("SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolsuper"));

        // inspection_tasks: TRUNCATE … CASCADE would reach the draws.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ScalarAsync($"TRUNCATE {table} CASCADE; SELECT 1"));
        Assert.Contains("TRUNCATE", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.ScalarAsync("SELECT count(*) FROM draws"));
    }

    private async Task<string> SecretAsync(Guid drawId)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT encrypted_secret FROM draws WHERE id = '{drawId}'", connection);
        var encrypted = (byte[])(await command.ExecuteScalarAsync())!;
        var protector = Fixture.Factory.Services.GetRequiredService<IDrawSecretProtector>();
        return Dr1Hashes.Hex(protector.Unprotect(encrypted, drawId));
    }
}
