using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using Npgsql;

namespace DoubleRandom.AuditBench;

internal sealed record BenchOptions(string Connection, double Seconds, int[] Writers)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var connection = Value("--connection") ?? Environment.GetEnvironmentVariable("AUDIT_BENCH_PG")
            ?? throw new ArgumentException("Pass --connection \"Host=…;Username=…;Database=postgres\" (a role that may CREATE DATABASE).");
        var seconds = double.Parse(Value("--seconds") ?? "5", CultureInfo.InvariantCulture);
        var writers = (Value("--writers") ?? "1,8,32").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        return new BenchOptions(connection, seconds, writers);
    }
}

/// <summary>An actor that looks like a signed-in user in a request, so entries have realistic size.</summary>
internal sealed class BenchActor : ICurrentActor
{
    public string Name => "bench-operator";

    public Guid? UserId { get; } = Guid.CreateVersion7();

    public IReadOnlyCollection<string> Roles => ["operator", "roster-keeper"];

    public Guid? UnitId { get; } = Guid.CreateVersion7();

    public string? RequestId { get; } = Guid.NewGuid().ToString("N")[..16];

    public string? ClientAddress => "10.0.0.17";
}

internal static class Settings
{
    /// <summary>The server settings that decide commit cost, printed with every run so figures can be compared.</summary>
    public static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT version(), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('shared_buffers')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetString(0).Split(" on ")[0]}; fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, shared_buffers={reader.GetString(3)}";
    }
}
