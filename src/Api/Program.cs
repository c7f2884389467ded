using DoubleRandom.Api.Cli;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Infrastructure.Persistence;

// Commands that need no web host come first: `verify <bundle.json> [--published FILE|URL]` and `archive-verify <file.zip>`
// need no database at all.
switch (args)
{
    case ["verify", .. var verifyArgs]:
        return await VerifyCommand.RunAsync(verifyArgs, Console.Out, Console.Error);
    case ["archive-verify", .. var archiveArgs]:
        return await ArchiveVerifyCommand.RunAsync(archiveArgs, Console.Out, Console.Error);
    case ["generate-demo", ..]:
        return GenerateDemoCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddDoubleRandom();

var app = builder.Build();

switch (args)
{
    case ["migrate", ..]:
        return await MigrateCommand.RunAsync(app);
    case ["create-admin", ..]:
        return await CreateAdminCommand.RunAsync(app, args);
    case ["risk", .. var riskArgs]:
        return await RiskCommand.RunAsync(app, riskArgs, Console.Out, Console.Error);
    case ["report", .. var reportArgs]:
        return await EvaluationReportCommand.RunAsync(app.Services, reportArgs, Console.Out, Console.Error);
}

if (args is ["audit-verify", ..])
{
    return await AuditVerifyCommand.RunAsync(app, Console.Out);
}

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

// The after-inspection demo data goes through the use cases (Mediator), which Infrastructure does not call: a step of its own.
if (app.Services.GetRequiredService<DoubleRandom.Infrastructure.DatabaseOptions>().SeedDemoData)
{
    await app.Services.GetRequiredService<DoubleRandom.Api.Hosting.Demo.AfterInspectionDemoSeeder>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
}

// The two keys are read (or their files created) now: an unreadable or corrupt key file stops the start, not the first
// sign-in or draw.
_ = app.Services.GetRequiredService<DoubleRandom.Api.Security.JwtSigning>();
_ = app.Services.GetRequiredService<DoubleRandom.Application.Draws.IDrawSecretProtector>();

app.UseDoubleRandom();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
