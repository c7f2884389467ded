using DoubleRandom.Api.IntegrationTests.Support;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>
/// The application role stages entries only through <c>audit_stage</c>, which takes the actor from the transaction's
/// settings (issue 11 §3). What that does and does not stop is in docs/audit.md, "Who can do what".
/// </summary>
public sealed class AuditStagingTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Witness = "7f3c0000-0000-7000-8000-000000000001";

    /// <summary>The canonical tail of a <c>draw.witness</c> entry by the given actor (docs/audit.md, canonical form).</summary>
    private static string Tail(string actorName, string clientAddress) =>
        $$""","actorId":"{{Witness}}","actorName":"{{actorName}}","actorRoles":["supervisor"],"unitId":null,"action":"draw.witness","entityType":"Draw","entityId":"d1","before":null,"after":null,"reason":null,"requestId":null,"clientAddress":"{{clientAddress}}"}""";

    private static string Stage(string tail) => $"""
        SELECT audit_stage(now(), ARRAY['draw.witness'], ARRAY['Draw'], ARRAY['d1'], ARRAY[NULL], ARRAY[NULL], ARRAY[NULL], ARRAY['{tail}'])
        """;

    private static string Actor(string name, string clientAddress) => $"""
        SELECT set_config('doublerandom.actor_id', '{Witness}', true), set_config('doublerandom.actor_name', '{name}', true),
            set_config('doublerandom.actor_roles', '["supervisor"]', true), set_config('doublerandom.client_address', '{clientAddress}', true)
        """;

    private async Task RefusedAsync(params string[] statements)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync(statements));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_application_role_cannot_insert_staged_rows_directly()
    {
        // The forged entry of the issue: "a supervisor witnessed from 10.7.7.7".
        await RefusedAsync($"""
            INSERT INTO audit_pending (occurred_at_utc, actor_id, actor_name, actor_roles, action, entity_type, entity_id, client_address, tail)
            VALUES (now(), '{Witness}', 'sup-1', '["supervisor"]', 'draw.witness', 'Draw', 'd1', '10.7.7.7', '{Tail("sup-1", "10.7.7.7")}')
            """);

        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
        Assert.Equal(0, (await Client.VerifyAsync()).Length);
    }

    [Fact]
    public async Task Staging_needs_an_actor_in_the_transaction_and_takes_it_from_there_not_from_the_rows()
    {
        // No actor set: nothing is staged.
        await RefusedAsync(Stage(Tail("sup-1", "10.7.7.7")));
        // The transaction's actor is the operator at 10.0.0.5; a row that names the supervisor at 10.7.7.7 is refused,
        // so what is hashed is always what is stored in the actor columns.
        await RefusedAsync(Actor("op-1", "10.0.0.5"), Stage(Tail("sup-1", "10.7.7.7")));
        // Settings are the transaction's own: the next transaction starts with none.
        await using (var connection = new NpgsqlConnection(Fixture.AppConnectionString))
        {
            await connection.OpenAsync();
            await using (var set = new NpgsqlCommand(Actor("sup-1", "10.7.7.7"), connection))
            {
                await set.ExecuteNonQueryAsync();
            }

            await using var stage = new NpgsqlCommand(Stage(Tail("sup-1", "10.7.7.7")), connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => stage.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.Equal(0, (await Client.VerifyAsync()).Length);
    }

    [Fact]
    public async Task What_the_role_can_still_do_is_stage_an_entry_for_an_actor_it_names_itself_and_it_stays_in_the_chain()
    {
        // Documented limit: the role sets the actor it likes; the entry is then linked, verifies, and can never be removed.
        await Fixture.ExecuteAsAppAsync(Actor("sup-1", "10.7.7.7"), Stage(Tail("sup-1", "10.7.7.7")));

        var entries = await Client.EntriesAsync();
        Assert.Equal(("sup-1", "10.7.7.7"), (entries.Single().ActorName, entries.Single().ClientAddress));
        Assert.True((await Client.VerifyAsync()).Intact);
    }
}
