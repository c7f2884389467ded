using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>
/// Hash version 2 and redaction (docs/audit.md, "Redaction"): an administrator replaces a payload with a tombstone on a
/// stated legal ground, the redaction is itself chained, and verification still proves the chain; nothing else changes.
/// </summary>
public sealed class AuditRedactionTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Ground = "《个人信息保护法》第四十七条：当事人撤回同意";

    private async Task CreateUnitsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await (await Client.PostJsonAsync("/api/v1/branch-units", new { code = $"R{i}", name = $"单位{i}", regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        }
    }

    private Task<HttpResponseMessage> RedactAsync(long sequence, object body, HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync($"/api/v1/audit/entries/{sequence}/redact", body);

    [Fact]
    public async Task A_redaction_leaves_a_tombstone_records_itself_and_keeps_the_chain_intact()
    {
        await CreateUnitsAsync(3);
        var before = (await Client.EntriesAsync())[1];
        Assert.Equal((2, "create"), (before.HashVersion, before.Action));
        Assert.NotNull(before.After);

        var tombstone = await (await RedactAsync(2, new { reason = Ground })).ReadAsync<AuditEntryView>(HttpStatusCode.OK);

        Assert.Equal((2L, before.Hash, before.PayloadDigest), (tombstone.Sequence, tombstone.Hash, tombstone.PayloadDigest));
        Assert.Null(tombstone.After);
        Assert.Null(tombstone.PayloadNonce);
        Assert.Equal((Ground, "test-admin", 4L), (tombstone.Redaction!.Reason, tombstone.Redaction.RedactedBy, tombstone.Redaction.RecordSequence));
        Assert.Equal(before.EntityId, tombstone.EntityId);

        var entries = await Client.EntriesAsync();
        Assert.Equal(4, entries.Count);
        Assert.Equal(tombstone.Redaction, entries[1].Redaction);
        Assert.Null(entries[1].After);
        var record = entries[3];
        Assert.Equal(("audit.redact", "AuditEntry", "2", Ground), (record.Action, record.EntityType, record.EntityId, record.Reason));
        // The record names the sequence and the digest that stays, never the payload it removed.
        Assert.Equal(2, record.After!.Value.GetProperty("sequence").GetInt64());
        Assert.Equal(before.PayloadDigest, record.After.Value.GetProperty("payloadDigest").GetString());
        Assert.DoesNotContain("单位1", record.After.Value.GetRawText(), StringComparison.Ordinal);

        var csv = await Client.GetStringAsync("/api/v1/audit/entries.csv?toSequence=2");
        var rows = csv.Split("\r\n");
        Assert.EndsWith(",hashVersion,payloadDigest,payloadNonce,redactedAtUtc", rows[0], StringComparison.Ordinal);
        Assert.Contains($",2,{before.PayloadDigest},,20", rows[2], StringComparison.Ordinal);

        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal((5L, 1L), (verdict.Length, verdict.Redacted));
        var (exit, output) = await Fixture.RunAuditVerifyCommandAsync();
        Assert.Equal(0, exit);
        Assert.Contains("redacted: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_may_redact_and_only_with_a_stated_ground()
    {
        await CreateUnitsAsync(1);
        foreach (var role in new[] { Roles.Supervisor, Roles.Leader, Roles.Operator })
        {
            using var client = Fixture.Factory.CreateClientAs($"u-{role}", [role]);
            await (await RedactAsync(1, new { reason = Ground }, client)).ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        foreach (var body in new object[] { new { reason = (string?)null }, new { reason = "" }, new { reason = " 依据 " }, new { reason = new string('x', 501) } })
        {
            var problem = await (await RedactAsync(1, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("reason", problem.Errors!.Keys, StringComparer.OrdinalIgnoreCase);
        }

        await (await RedactAsync(99, new { reason = Ground })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await RedactAsync(0, new { reason = Ground })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.PostJsonAsync("/api/v1/audit/entries/abc/redact", new { reason = Ground })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.PostJsonAsync("/api/v1/audit/entries/99999999999999999999/redact", new { reason = Ground }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, await Fixture.CountRowsAsync("audit_entries"));
        Assert.Equal(0, await Fixture.CountRowsAsync("audit_entries WHERE redacted_at_utc IS NOT NULL"));
    }

    [Fact]
    public async Task A_second_redaction_is_refused_by_the_service_and_by_the_database()
    {
        await CreateUnitsAsync(2);
        await (await RedactAsync(1, new { reason = Ground })).ReadAsync<AuditEntryView>(HttpStatusCode.OK);

        var again = await (await RedactAsync(1, new { reason = Ground })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("audit-entry-already-redacted", again.Code);

        // Even the owner, with the trigger on, cannot redact twice, change a tombstone, or change anything else. To test
        // the one UPDATE that is allowed, the owner records a redaction of entry 2 (sequence 4) the way audit_redact does.
        await Fixture.ExecuteAsync("""
            INSERT INTO audit_pending (occurred_at_utc, actor_name, actor_roles, action, entity_type, entity_id, after, reason, tail)
            VALUES (now(), 'owner', '[]', 'audit.redact', 'AuditEntry', '2', '{"sequence":2}', 'test', '');
            SELECT audit_link();
            """);
        static string Tombstone2(string extra = "", string after = "NULL", string reason = "'test'") =>
            $"UPDATE audit_entries SET before = NULL, after = {after}, reason = NULL, payload_nonce = NULL, redacted_at_utc = now(), "
            + $"redacted_by = 'owner', redaction_reason = {reason}, redaction_sequence = 4{extra} WHERE sequence = 2";
        foreach (var sql in new[]
        {
            "UPDATE audit_entries SET redacted_at_utc = now(), redaction_reason = 'again' WHERE sequence = 1",
            "UPDATE audit_entries SET redacted_by = 'someone else' WHERE sequence = 1",
            Tombstone2().Replace("redaction_sequence = 4", "redaction_sequence = 3", StringComparison.Ordinal),
            Tombstone2(", actor_name = 'x'"),
            Tombstone2(", payload_digest = repeat('0', 64)"),
            Tombstone2(", hash_version = 1"),
            Tombstone2(after: "'{}'"),
            Tombstone2(reason: "' '"),
            "UPDATE audit_entries SET actor_name = 'someone else' WHERE sequence = 2",
            "DELETE FROM audit_entries WHERE sequence = 1",
            "SELECT audit_redact(2, now(), 'x', 'no record staged in this transaction')",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsync(sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        // The one change allowed: the recorded redaction of a version 2 payload.
        await Fixture.ExecuteAsync(Tombstone2());
        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal((4L, 2L), (verdict.Length, verdict.Redacted));
    }

    [Fact]
    public async Task Tampering_with_a_tombstone_or_undoing_it_is_named_by_verification()
    {
        await CreateUnitsAsync(3);
        await (await RedactAsync(2, new { reason = Ground })).ReadAsync<AuditEntryView>(HttpStatusCode.OK);

        // A new digest for the redacted entry: the chain committed to the old one.
        await Fixture.TamperAsync($"UPDATE audit_entries SET payload_digest = '{new string('a', 64)}' WHERE sequence = 2");
        var digest = await Client.VerifyAsync();
        Assert.Equal((2L, "hash-mismatch"), (digest.Break!.Sequence, digest.Break.Kind));
    }

    [Fact]
    public async Task Un_redacting_or_redacting_outside_the_audited_path_is_named_by_verification()
    {
        await CreateUnitsAsync(3);
        await (await RedactAsync(2, new { reason = Ground })).ReadAsync<AuditEntryView>(HttpStatusCode.OK);

        // A superuser removes the tombstone marker (the payload is gone, so it no longer gives the digest).
        await Fixture.TamperAsync("UPDATE audit_entries SET redacted_at_utc = NULL, redacted_by = NULL, redaction_reason = NULL, redaction_sequence = NULL WHERE sequence = 2");
        var unmarked = await Client.VerifyAsync();
        Assert.Equal((2L, "payload-mismatch"), (unmarked.Break!.Sequence, unmarked.Break.Kind));

        // ... or puts a made-up payload back under the tombstone.
        await Fixture.TamperAsync("""
            UPDATE audit_entries SET after = '{"name":"编造"}', redacted_at_utc = now(), redacted_by = 'x', redaction_reason = 'y',
                redaction_sequence = 4 WHERE sequence = 2
            """);
        var refilled = await Client.VerifyAsync();
        Assert.Equal((2L, "redaction-invalid"), (refilled.Break!.Sequence, refilled.Break.Kind));
    }

    [Fact]
    public async Task A_redaction_by_hand_that_no_entry_records_breaks_verification()
    {
        await CreateUnitsAsync(3);
        await Fixture.TamperAsync("""
            UPDATE audit_entries SET after = NULL, payload_nonce = NULL, redacted_at_utc = now(), redacted_by = 'x', redaction_reason = 'y',
                redaction_sequence = 3 WHERE sequence = 2
            """);

        var verdict = await Client.VerifyAsync();
        Assert.False(verdict.Intact);
        Assert.Equal((2L, "redaction-invalid"), (verdict.Break!.Sequence, verdict.Break.Kind));
    }

    [Fact]
    public async Task Linking_in_the_database_escapes_strings_exactly_as_the_verifier_does()
    {
        // Staged as the owner with every kind of character the canonical form escapes or keeps.
        const string odd = "引号\"反斜杠\\换行\n回车\r制表\t退格\b换页\f\u0001\u001f\u007f/\u2028😀";
        var literal = "'" + odd.Replace("'", "''", StringComparison.Ordinal) + "'";
        await Fixture.ExecuteAsync(
            "INSERT INTO audit_pending (occurred_at_utc, actor_name, actor_roles, action, entity_type, entity_id, after, reason, request_id, tail) "
            + $"VALUES (now(), {literal}, '[\"admin\"]', 'read', 'Odd', {literal}, '{{\"x\":\"\\n\"}}', {literal}, {literal}, '')");
        await Fixture.ExecuteAsync("SELECT audit_link()");

        var entry = Assert.Single(await Client.EntriesAsync());
        Assert.Equal((2, odd, odd), (entry.HashVersion, entry.ActorName, entry.Reason));
        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
    }

    [Fact]
    public async Task The_application_role_cannot_redact_without_a_record_nor_update_entries()
    {
        // The service under test runs as the application role: the other tests show it redacts through audit_redact.
        await CreateUnitsAsync(2);
        foreach (var sql in new[] { "SELECT audit_redact(2, now(), 'x', 'no record')", "UPDATE audit_entries SET after = NULL WHERE sequence = 2" })
        {
            var denied = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsAppAsync(sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }

        Assert.Equal(0, await Fixture.CountRowsAsync("audit_entries WHERE redacted_at_utc IS NOT NULL"));
    }
}
