using Npgsql;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// Links on connections of the linker's own small pool (its own application name), so linking never waits for
/// a connection held by the requests that are waiting for it.
/// </summary>
internal sealed class PostgresAuditLinkConnections(DatabaseOptions options)
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString())
    {
        ApplicationName = "doublerandom-audit-linker",
        MaxPoolSize = 4,
    }.ConnectionString;

    public async Task<long> LinkAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return await PostgresAuditLink.RunAsync(connection, cancellationToken);
    }
}
