using DoubleRandom.Infrastructure.Rosters.Import;
using DoubleRandom.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>Applies migrations and, when asked, loads demo data into an empty database.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db, DatabaseOptions options, DemoDataSeeder seeder, FirstAdministrator firstAdministrator, TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
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

        await ImportJobWorker.FailInterruptedAsync(db, clock, cancellationToken);

        if (options.SeedDemoData)
        {
            await seeder.SeedIfEmptyAsync(cancellationToken);
        }

        await firstAdministrator.EnsureAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string provider, int count);
}
