using System.Diagnostics;
using DoubleRandom.AuditBench;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Infrastructure;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Audited-mutation throughput on PostgreSQL (docs/benchmarks-audit.md). Each mutation is a scope, a
// DbContext, one or more new rows and SaveChangesAsync: the rows and their chained audit entries commit
// together. Usage: --connection "<admin connection string>" [--seconds 5] [--writers 1,8,32]
var options = BenchOptions.Parse(args);
var database = $"auditbench_{DateTime.UtcNow:yyyyMMddHHmmss}";
await using (var admin = new NpgsqlConnection(options.Connection))
{
    await admin.OpenAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
    await create.ExecuteNonQueryAsync();
}

var connection = new NpgsqlConnectionStringBuilder(options.Connection) { Database = database, MaxPoolSize = 200 }.ConnectionString;
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "postgres",
    ["Database:ConnectionString"] = connection,
}).Build();
var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton(TimeProvider.System)
    .AddSingleton<IConfiguration>(configuration)
    .AddScoped<ICurrentActor, BenchActor>()
    .AddInfrastructure(configuration, AppContext.BaseDirectory)
    .BuildServiceProvider();
await using (var scope = services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
}

// The service's background work, as the host would start it: the audit linker above all.
foreach (var hosted in services.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
{
    await hosted.StartAsync(CancellationToken.None);
}

Console.WriteLine($"database {database}; {Environment.ProcessorCount} cores; {options.Seconds} s per run");
Console.WriteLine(await Settings.DescribeAsync(connection));
// Long enough for tiered compilation to settle (the jitted-method counts below show it has).
await Scenarios.RunAsync(services, "warm-up", writers: options.Writers.Max(), perSave: 1, TimeSpan.FromSeconds(10), quiet: true);
foreach (var writers in options.Writers)
{
    await Scenarios.RunAsync(services, "create, 1 row per transaction", writers, perSave: 1, options.Duration);
}

await Scenarios.RunAsync(services, "create, 10 rows per transaction", options.Writers.Max(), perSave: 10, options.Duration);
await Scenarios.RunAsync(services, "IAuditLog.RecordReadAsync (chain only)", options.Writers.Max(), perSave: 0, options.Duration);

var verify = Stopwatch.StartNew();
var verdict = await Scenarios.VerifyAsync(services);
verify.Stop();
Console.WriteLine($"verify: {(verdict.Intact ? "intact" : "BROKEN")}, {verdict.Length} entries in {verify.Elapsed.TotalSeconds:F2} s = {verdict.Length / verify.Elapsed.TotalSeconds:F0} entries/s");
return verdict.Intact ? 0 : 1;
