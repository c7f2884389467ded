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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
