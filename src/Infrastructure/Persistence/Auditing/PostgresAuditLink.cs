using System.Data.Common;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// Calls the database's <c>audit_link(max)</c> (the Initial migration's <c>AuditTrailSql</c>) until nothing committed
/// is left staged. Each call is a transaction of its own that holds the chain lock for one batch, so the business
/// transactions themselves never wait on the chain and PostgreSQL can group their commits.
/// </summary>
internal static class PostgresAuditLink
{
    private const int BatchSize = 10_000;

    public static async Task<long> RunAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        long total = 0;
        int linked;
        do
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT audit_link({BatchSize})";
            linked = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            total += linked;
        }
        while (linked == BatchSize);
        return total;
    }
}
