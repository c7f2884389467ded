using DoubleRandom.Api.Hosting;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>
/// One database per test class on the run's PostgreSQL, migrated by its owner; the service under test then connects as
/// the restricted application role of <c>scripts/audit-app-role.sql</c> (as in production: migrate as the owner, serve
/// as the role), so every test shows the service needs nothing more. <see cref="ResetAsync"/> empties it between tests
/// (Respawn), so each test starts from nothing.
/// </summary>
public class PostgresApiFixture : IAsyncLifetime
{
    /// <summary>The role scripts/audit-app-role.sql creates.</summary>
    public const string AppRole = "doublerandom_app";

    private Respawner? _respawner;

    /// <summary>Extra configuration for the service under test, for fixtures that need it.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public ApiFactory Factory { get; private set; } = null!;

    /// <summary>The database owner's connection (a superuser of the test cluster): for set-up, tampering and counting.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The application role's connection: what the service under test uses.</summary>
    public string AppConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        ConnectionString = await server.CreateDatabaseAsync($"t_{Guid.NewGuid():N}");
        await MigrateAsOwnerAsync(ConnectionString);
        await GrantAppRoleAsync();
        AppConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = AppRole }.ConnectionString;
        Factory = CreateFactory(Settings);
        using var warmUp = Factory.CreateClient();

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The seeded reference data stays; ResetAsync puts it back as the migration seeded it.
            TablesToIgnore = [new Respawn.Graph.Table("__ef_migrations_history"), new Respawn.Graph.Table("result_categories"),
                new Respawn.Graph.Table("calendar_days")],
        });
    }

    /// <summary>Another instance of the service on this database, as the application role, without migrating.</summary>
    public ApiFactory CreateFactory(IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Database:MigrateOnStartup"] = "false" };
        return new ApiFactory("postgres", AppConnectionString, all);
    }

    /// <summary>scripts/audit-app-role.sql, as the owner: re-runnable, as after every migration in production.</summary>
    public async Task GrantAppRoleAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Audit", "audit-app-role.sql")), connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>What <c>dotnet run --project src/Api -- migrate</c> does, as the owner.</summary>
    private static async Task MigrateAsOwnerAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(["--environment=Testing", "--Database:Provider=postgres", $"--Database:ConnectionString={connectionString}"]);
        builder.AddDoubleRandom();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // The audit trail and sealed draw rows refuse TRUNCATE/DELETE by trigger; a test reset is the one delete
        // allowed, and a superuser's replica mode does not fire triggers.
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await _respawner!.ResetAsync(connection);
        await using var seed = new NpgsqlCommand(ResultCategorySeedSql + CalendarSeedSql, connection);
        await seed.ExecuteNonQueryAsync();
    }

    /// <summary>The national result categories exactly as the migration seeds them, and no other category.</summary>
    private static string ResultCategorySeedSql =>
        "DELETE FROM result_categories WHERE code NOT IN (" + string.Join(", ", ResultCategory.National.Select(c => $"'{c.Code}'")) + ");\n"
        + string.Concat(ResultCategory.National.Select(c =>
            "INSERT INTO result_categories (id, code, name_zh, name_en, indicates_problem, sort_order, is_retired, version, created_at_utc, "
            + "created_by, updated_at_utc, updated_by) VALUES "
            + $"('{c.Id}', '{c.Code}', '{c.NameZh}', '{c.NameEn}', {c.IndicatesProblem}, {c.SortOrder}, false, 1, '2026-12-07T00:00:00Z', 'system', "
            + "'2026-12-07T00:00:00Z', 'system') ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, "
            + "indicates_problem = excluded.indicates_problem, sort_order = excluded.sort_order, is_retired = false, version = 1;\n"));

    /// <summary>The holiday calendar exactly as the migration seeds it (the official 2026 arrangement), and nothing else.</summary>
    private static string CalendarSeedSql =>
        "DELETE FROM calendar_days;\n" + string.Concat(OfficialCalendar2026.Days.Select(d =>
            "INSERT INTO calendar_days (id, year, date, kind, name, version, created_at_utc, created_by, updated_at_utc, updated_by) VALUES "
            + $"('{d.Id}', {d.Date.Year}, '{d.Date:yyyy-MM-dd}', '{d.Kind}', '{d.Name}', 1, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system');\n"));

    /// <summary>Statements in one transaction as the application role, committed: what whoever holds its password could run.</summary>
    public async Task ExecuteAsAppAsync(params string[] statements)
    {
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A number from SQL run as the database owner (counts, versions).</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        // Idle pooled connections outlive the factory (Npgsql keeps them 300 s); with two pools per test class (owner
        // and application role) a whole run would otherwise exhaust the cluster's connection slots.
        NpgsqlConnection.ClearAllPools();
        await CloseConnectionsAsync(ConnectionString);
    }

    /// <summary>
    /// Ends the server sessions still open on a test database once its tests are done. Pools keep idle connections for
    /// minutes, one pool per connection string (owner, application role, linker), and every class has its own database:
    /// left open, they use up the run's connection slots (53300) while later classes start.
    /// </summary>
    public static async Task CloseConnectionsAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection((await PostgresServer.InstanceAsync()).AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid()", admin);
        command.Parameters.AddWithValue("database", database!);
        await command.ExecuteScalarAsync();
    }
}

/// <summary>Base for tests on PostgreSQL: a fresh, empty database before every test.</summary>
public abstract class PostgresTest(PostgresApiFixture fixture) : PostgresTest<PostgresApiFixture>(fixture);

/// <summary>Base for tests on PostgreSQL with their own kind of fixture.</summary>
public abstract class PostgresTest<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : PostgresApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    /// <summary>Signed in as an administrator (bureau-wide); other roles through <see cref="SignedInClients.CreateClientAs"/>.</summary>
    protected HttpClient Client { get; } = fixture.Factory.CreateAdministratorClient();

    public Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }
}
