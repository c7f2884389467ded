using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

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
