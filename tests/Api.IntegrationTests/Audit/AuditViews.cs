using System.Text.Json;
using DoubleRandom.Api.Cli;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

public sealed record AuditEntryView(
    long Sequence, DateTime OccurredAtUtc, Guid? ActorId, string ActorName, string[] ActorRoles, Guid? UnitId,
    string Action, string EntityType, string EntityId, JsonElement? Before, JsonElement? After, string? Reason,
    string? RequestId, string? ClientAddress, string PrevHash, string Hash,
    int HashVersion = 1, string? PayloadDigest = null, string? PayloadNonce = null, TombstoneView? Redaction = null);

public sealed record TombstoneView(DateTime RedactedAtUtc, string? RedactedBy, string? Reason, long? RecordSequence);

public sealed record ChainBreakView(long Sequence, string Kind, string Expected, string Actual);

public sealed record VerificationView(
    bool Intact, long Length, long? FirstSequence, long HeadSequence, string HeadHash, long? StartCheckpoint,
    ChainBreakView? Break, string Message, long Redacted = 0);

public sealed record HeadView(DateOnly Date, long Sequence, string Hash, DateTime OccurredAtUtc, bool Final);

internal static class AuditSql
{
    /// <summary>Runs SQL as the database owner (the tests' superuser), the way an insider with the keys would.</summary>
    public static async Task ExecuteAsync(this PostgresApiFixture fixture, string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL with the append-only triggers switched off, as a tampering owner would.</summary>
    public static Task TamperAsync(this PostgresApiFixture fixture, string sql) => fixture.ExecuteAsync($"""
        ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;
        {sql};
        ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;
        """);

    /// <summary>Runs <c>audit-verify</c> against the fixture's database, as an operator would from the command line.</summary>
    public static async Task<(int Exit, string Output)> RunAuditVerifyCommandAsync(this PostgresApiFixture fixture)
    {
        var builder = WebApplication.CreateBuilder(["--Database:Provider=postgres", $"--Database:ConnectionString={fixture.ConnectionString}"]);
        builder.AddDoubleRandom();
        await using var app = builder.Build();
        await using var output = new StringWriter();
        var exit = await AuditVerifyCommand.RunAsync(app, output);
        return (exit, output.ToString());
    }

    public static async Task<VerificationView> VerifyAsync(this HttpClient client) =>
        await (await client.GetAsync("/api/v1/audit/verify")).ReadAsync<VerificationView>(System.Net.HttpStatusCode.OK);

    public static async Task<List<AuditEntryView>> EntriesAsync(this HttpClient client, string query = "")
    {
        var page = await (await client.GetAsync($"/api/v1/audit/entries?pageSize=500&sort=sequence{query}"))
            .ReadAsync<Organization.Page<AuditEntryView>>(System.Net.HttpStatusCode.OK);
        return page.Items;
    }
}
