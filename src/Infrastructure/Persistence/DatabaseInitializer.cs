using DoubleRandom.Infrastructure.Rosters.Import;
using DoubleRandom.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>
/// Applies migrations and, when asked, loads demo data into an empty database. A database whose migration history names
/// a migration this version does not have (one created before the squash of ADR 12, or by another version) is refused
/// before anything touches it.
/// </summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db, DatabaseOptions options, DemoDataSeeder seeder, FirstAdministrator firstAdministrator, TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await RefuseForeignHistoryAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, options.Provider, pending.Count);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStartup)
        {
            await MigrateAsync(cancellationToken);
        }
        else
        {
            await RefuseForeignHistoryAsync(cancellationToken);
        }

        await ImportJobWorker.FailInterruptedAsync(db, clock, cancellationToken);
        await Risk.RiskJobWorker.FailInterruptedAsync(db, clock, cancellationToken);
        await Evaluation.EvaluationReportWorker.FailInterruptedAsync(db, clock, cancellationToken);

        if (options.SeedDemoData)
        {
            await seeder.SeedIfEmptyAsync(cancellationToken);
        }

        await firstAdministrator.EnsureAsync(cancellationToken);
    }

    /// <summary>
    /// Migrations are not rewritten in place: EF Core would apply this version's migrations over a schema it cannot see
    /// and fail half way, or run against one it does not know. Chinese first, English after, for the operator's log.
    /// </summary>
    private async Task RefuseForeignHistoryAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var foreign = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (foreign.Count == 0)
        {
            return;
        }

        var ids = string.Join(", ", foreign.Count > 3 ? foreign.Take(3).Append("…") : foreign);
        var message =
            $"数据库（{options.Provider}）的迁移历史含有此版本没有的迁移（{ids}，共 {foreign.Count} 个）：它由迁移合并（ADR 12，"
            + "docs/decisions/0012-squashed-migrations.md）之前的旧版本或另一个版本创建，无法升级。请删除并重新创建数据库"
            + "（SQLite：删除数据库文件；PostgreSQL：DROP DATABASE 后重新创建并运行 scripts/audit-app-role.sql），然后重新启动。"
            + $" The database ({options.Provider}) has migrations this version does not have ({ids}; {foreign.Count} in all): it was "
            + "created by a version from before the migrations were squashed (ADR 12) or by another version, and cannot be upgraded. "
            + "Drop and recreate the database (SQLite: delete its file; PostgreSQL: DROP DATABASE, create it again and run "
            + "scripts/audit-app-role.sql), then start again.";
        LogForeignHistory(logger, message);
        throw new InvalidOperationException(message);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogForeignHistory(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string provider, int count);
}
