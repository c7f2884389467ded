using System.Data.Common;
using DoubleRandom.Api.Cli;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Hosting;

/// <summary>
/// A database created before the migrations were squashed into one Initial migration (ADR 12) records migrations this
/// version does not have: the service refuses to start on it, saying in Chinese first (then in English) to recreate the
/// database, and leaves the database as it was. Such a database is made here the way scripts/compare-schemas.sh proves
/// equivalent: the schema of Initial, with the history of the old migrations.
/// </summary>
public sealed class SquashedMigrationHistoryTests : IDisposable
{
    /// <summary>The history a database migrated by 44dc8dc holds (PostgreSQL had two more, hand-written, migrations).</summary>
    private static readonly string[] OldSqliteHistory =
    [
        "20261126003832_Initial", "20261126005840_AuditTrail", "20261126005906_Security", "20261126010844_Rosters",
        "20261126012226_Draws", "20261126021744_TargetCapitalIndex", "20261126033440_SnapshotMemberIndex",
        "20261126034132_ImportFileHash", "20261207085251_AuditPayloadDigest", "20261207090000_DatabaseGuards",
        "20261207094216_RosterBulkLoadFunctions", "20261207094500_SignInThrottlesAndRefreshGrace",
    ];

    private static readonly string[] OldPostgresHistory =
    [
        "20261126003839_Initial", "20261126005853_AuditTrail", "20261126005915_Security", "20261126010858_Rosters",
        "20261126012253_Draws", "20261126021000_AuditLinkPerTransaction", "20261126021759_TargetCapitalIndex",
        "20261126030000_AuditLinkAfterCommit", "20261126033458_SnapshotMemberIndex", "20261126034151_ImportFileHash",
        "20261207085401_AuditPayloadDigest", "20261207090000_DatabaseGuards", "20261207094300_RosterBulkLoadFunctions",
        "20261207094500_SignInThrottlesAndRefreshGrace",
    ];

    private static readonly AuditChainWriter Audit = new(SystemActor.Instance, TimeProvider.System);

    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-squash-").FullName;

    [Fact]
    public async Task A_PostgreSQL_database_of_the_old_migrations_is_refused_at_start_and_left_as_it_was()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = await server.CreateDatabaseAsync($"t_{Guid.NewGuid():N}");
        try
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")).Options;
            await using var connection = new NpgsqlConnection(connectionString);
            await MakeOldAsync(new PostgresAppDbContext(options, Audit), connection, "__ef_migrations_history", OldPostgresHistory);

            AssertRefused(connectionString, "postgres", "20261126003839_Initial", OldPostgresHistory.Length);
            AssertRefused(connectionString, "postgres", "20261126003839_Initial", OldPostgresHistory.Length, migrateOnStartup: false);

            Assert.Equal(OldPostgresHistory, await HistoryAsync(connection, "__ef_migrations_history"));
        }
        finally
        {
            await PostgresApiFixture.CloseConnectionsAsync(connectionString);
        }
    }

    [Fact]
    public async Task A_SQLite_database_of_the_old_migrations_is_refused_at_start_and_left_as_it_was()
    {
        var connectionString = $"Data Source={Path.Combine(_folder, "old.db")}";
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options;
        await using var connection = new SqliteConnection(connectionString);
        await MakeOldAsync(new SqliteAppDbContext(options, Audit), connection, "\"__EFMigrationsHistory\"", OldSqliteHistory);

        AssertRefused(connectionString, "sqlite", "20261126003832_Initial", OldSqliteHistory.Length);

        Assert.Equal(OldSqliteHistory, await HistoryAsync(connection, "\"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task Create_admin_refuses_a_database_of_the_old_migrations_as_migrate_does_and_leaves_it_as_it_was()
    {
        var connectionString = $"Data Source={Path.Combine(_folder, "old-cli.db")}";
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options;
        await using var connection = new SqliteConnection(connectionString);
        await MakeOldAsync(new SqliteAppDbContext(options, Audit), connection, "\"__EFMigrationsHistory\"", OldSqliteHistory);

        var builder = WebApplication.CreateBuilder(
            ["--Database:Provider=sqlite", $"--Database:ConnectionString={connectionString}", "--Database:SeedDemoData=false"]);
        builder.AddDoubleRandom();
        await using var app = builder.Build();
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => CreateAdminCommand.RunAsync(app, ["create-admin", "--username", "root"]));

        Assert.StartsWith("数据库（sqlite）的迁移历史含有此版本没有的迁移（20261126003832_Initial", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(OldSqliteHistory, await HistoryAsync(connection, "\"__EFMigrationsHistory\""));
        await using var users = connection.CreateCommand();
        users.CommandText = "SELECT count(*) FROM users";
        Assert.Equal(0L, await users.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void AssertRefused(string connectionString, string provider, string firstOldId, int count, bool migrateOnStartup = true)
    {
        using var factory = new ApiFactory(provider, connectionString,
            new Dictionary<string, string> { ["Database:MigrateOnStartup"] = migrateOnStartup ? "true" : "false" });
        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var message = Messages(refusal).FirstOrDefault(m => m.Contains("ADR 12", StringComparison.Ordinal));
        Assert.NotNull(message);
        Assert.StartsWith($"数据库（{provider}）的迁移历史含有此版本没有的迁移（{firstOldId}", message, StringComparison.Ordinal);
        Assert.Contains($"共 {count} 个", message, StringComparison.Ordinal);
        Assert.Contains("请删除并重新创建数据库", message, StringComparison.Ordinal);
        Assert.Contains("Drop and recreate the database", message, StringComparison.Ordinal);
        Assert.True(
            message.IndexOf("请删除并重新创建数据库", StringComparison.Ordinal) < message.IndexOf("Drop and recreate", StringComparison.Ordinal),
            "Chinese comes first.");
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Messages))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Migrates with this version's Initial, then gives the database the history the old migrations left.</summary>
    private static async Task MakeOldAsync(AppDbContext db, DbConnection connection, string historyTable, string[] history)
    {
        await using (db)
        {
            await db.Database.MigrateAsync();
        }

        await connection.OpenAsync();
        await using (var clear = connection.CreateCommand())
        {
            clear.CommandText = $"DELETE FROM {historyTable}";
            await clear.ExecuteNonQueryAsync();
        }

        foreach (var id in history)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {historyTable} (\"MigrationId\", \"ProductVersion\") VALUES (@id, '10.0.15')";
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            insert.Parameters.Add(parameter);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string[]> HistoryAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM {table} ORDER BY \"MigrationId\"";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return [.. ids];
    }
}
