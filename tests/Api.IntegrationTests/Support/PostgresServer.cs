using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster for this test run: initdb into a temp folder, postgres on a free loopback
/// port, removed when the run ends. As root it runs as the <c>postgres</c> user (initdb and postgres refuse
/// root). If it cannot start, tests fail with a message saying how to fix it; nothing is skipped.
/// Set <c>DOUBLERANDOM_TEST_PG</c> to an admin connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private const string FolderPrefix = "doublerandom-pg-";
    private readonly Process? _process;

    private PostgresServer(string adminConnectionString, Process? process)
    {
        AdminConnectionString = adminConnectionString;
        _process = process;
    }

    public string AdminConnectionString { get; }

    public static Task<PostgresServer> InstanceAsync() => Shared.Value;

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("DOUBLERANDOM_TEST_PG") is { Length: > 0 } external)
        {
            return new PostgresServer(external, null);
        }

        var bin = PostgresBinaries.Find();
        RemoveLeftovers();
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await Shell.RunAsync("chown", ["postgres:postgres", root]);
        }

        await Shell.RunAsync(
            Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        var port = FreePort();
        var postgres = $"{Path.Combine(bin, "postgres")} -D {data} -p {port} -k {root} -c listen_addresses=127.0.0.1 "
            + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        if (asRoot)
        {
            postgres = $"runuser -u postgres -- {postgres}";
        }

        // A watchdog owns the cluster: when this test process ends, however it ends, it shuts postgres down
        // and removes the folder. Exit handlers are not enough: the test host may be killed.
        var watchdog = $$"""
            {{postgres}} &
            pg=$!
            while kill -0 {{Environment.ProcessId}} 2>/dev/null && kill -0 $pg 2>/dev/null; do sleep 0.5; done
            [ -f {{data}}/postmaster.pid ] && kill -QUIT "$(head -n 1 {{data}}/postmaster.pid)" 2>/dev/null
            wait $pg 2>/dev/null
            rm -rf {{root}}
            """;
        var process = Shell.Start("sh", ["-c", watchdog]);
        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true";
        var server = new PostgresServer(admin, process);
        await server.WaitUntilReadyAsync();
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
            {
                if (_process is { HasExited: true } || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException(
                        "The test PostgreSQL server did not start. " + Shell.Output(_process) + PostgresBinaries.Advice, ex);
                }

                await Task.Delay(100);
            }
        }
    }

    /// <summary>Clusters of test runs that died without cleaning up (their process is gone).</summary>
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pidText = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(pidText, out var pid) && !IsAlive(pid))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"Could not remove {folder}: {ex.Message}");
                }
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
