using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>The real service, in memory, on the given provider and database.</summary>
public sealed class ApiFactory(string provider, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Limits:MaxRequestBodyBytes", "65536");
        builder.UseSetting("Imports:Folder", Path.Combine(Path.GetTempPath(), "doublerandom-test-imports"));
    }
}
