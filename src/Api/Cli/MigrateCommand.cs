using DoubleRandom.Infrastructure.Persistence;

namespace DoubleRandom.Api.Cli;

/// <summary><c>migrate</c>: applies pending migrations for the configured provider, then exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync("migrated");
        return 0;
    }
}
