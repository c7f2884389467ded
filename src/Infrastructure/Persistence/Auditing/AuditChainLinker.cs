using System.Data;
using System.Data.Common;
using System.Threading.Channels;
using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// Calls the database's <c>audit_link(max)</c> (migration AuditLinkAfterCommit) until nothing committed is
/// left staged. Each call is a transaction of its own that holds the chain lock for one batch, so the
/// business transactions themselves never wait on the chain and PostgreSQL can group their commits.
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

/// <summary>
/// What readers call: the next pass of the running <see cref="AuditLinkPump"/> (which starts after this call,
/// so it sees every commit made before it), or, in a process without the pump (a command-line tool), a direct link.
/// </summary>
internal sealed class PostgresAuditChainLinker(AuditLinkPump pump, PostgresAuditLinkConnections connections) : IAuditChainLinker
{
    public async Task<long> LinkCommittedAsync(CancellationToken cancellationToken) =>
        pump.IsRunning ? await pump.NextPassAsync().WaitAsync(cancellationToken) : await connections.LinkAsync(cancellationToken);
}

/// <summary>SQLite chains entries inside the writing transaction; there is never anything to link.</summary>
internal sealed class InTransactionAuditChainLinker : IAuditChainLinker
{
    public Task<long> LinkCommittedAsync(CancellationToken cancellationToken) => Task.FromResult(0L);
}

/// <summary>
/// After a transaction that staged entries commits, asks the <see cref="AuditLinkPump"/> to chain them and waits
/// for it (bounded), so the request that made the change returns with its entries chained, while one linker
/// chains the entries of many concurrent commits in one batch. The change is already committed, so a failure or
/// a timeout here is only logged; the entries stay staged and the next pass, the sweep or a reader links them.
/// </summary>
internal sealed class AuditLinkAfterCommitInterceptor(AuditLinkPump pump, ILogger<AuditLinkAfterCommitInterceptor> logger)
    : DbTransactionInterceptor
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public override async Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext { AuditStaged: true } db)
        {
            db.AuditStaged = false;
            await LinkAsync(db);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext { AuditStaged: true } db)
        {
            db.AuditStaged = false;
            LinkAsync(db).GetAwaiter().GetResult();
        }
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Reset(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Reset(eventData.Context);
        return result;
    }

    public override Task TransactionFailedAsync(
        DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Reset(eventData.Context);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Reset(eventData.Context);

    /// <summary>A transaction that did not commit staged nothing that survived it.</summary>
    private static void Reset(DbContext? context)
    {
        if (context is AppDbContext db)
        {
            db.AuditStaged = false;
        }
    }

    private async Task LinkAsync(AppDbContext db)
    {
        try
        {
            if (pump.IsRunning)
            {
                // Not the request's token: the change is committed, so its entries are chained even if the client left.
                await pump.NextPassAsync().WaitAsync(Patience);
                return;
            }

            // No pump (a tool without the host): link on the committing connection itself.
            var connection = db.Database.GetDbConnection();
            if (connection.State == ConnectionState.Open)
            {
                await PostgresAuditLink.RunAsync(connection, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Audit entries were committed but not yet chained; the linker chains them later");
        }
    }
}

/// <summary>
/// The one linker of this process: each pass calls <c>audit_link</c> until nothing committed is left staged. A
/// pass runs when a commit asks for one (<see cref="NextPassAsync"/>), and at least every
/// <c>Audit:LinkSweepSeconds</c> (default 5; 0 = only when asked) for entries another process or a crash left
/// staged. Commits that arrive during a pass are chained together by the next one, so the chain lock is taken
/// once per batch rather than once per transaction, and business transactions never wait on it.
/// </summary>
internal sealed class AuditLinkPump(PostgresAuditLinkConnections connections, IOptions<AuditLinkOptions> options, ILogger<AuditLinkPump> logger)
    : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsRunning { get; private set; }

    /// <summary>
    /// Completes when a pass that started after this call has finished, with the number of entries it chained
    /// (0 if it failed: the failure is logged, and the entries stay staged for the next pass).
    /// </summary>
    public Task<long> NextPassAsync()
    {
        Task<long> next;
        lock (_gate)
        {
            next = _next.Task;
        }

        _wake.Writer.TryWrite(true);
        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.LinkSweepSeconds;
        var sweep = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        IsRunning = true;
        try
        {
            await PassAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    wait.CancelAfter(sweep);
                    try
                    {
                        await _wake.Reader.ReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        // The sweep period passed without a commit asking.
                    }
                }

                await PassAsync(stoppingToken);
            }
        }
        finally
        {
            IsRunning = false;
            lock (_gate)
            {
                _next.TrySetResult(0);
            }
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        TaskCompletionSource<long> current;
        lock (_gate)
        {
            (current, _next) = (_next, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        long linked = 0;
        try
        {
            linked = await connections.LinkAsync(stoppingToken);
            logger.LogDebug("Chained {Count} audit entries", linked);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Chaining staged audit entries failed; the next pass retries");
            await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
        }
        finally
        {
            current.TrySetResult(linked);
        }
    }
}
