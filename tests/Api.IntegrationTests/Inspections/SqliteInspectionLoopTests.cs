using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>The loop of <see cref="InspectionLoopTests"/> on the embedded default (SQLite file, as <c>dotnet run</c> uses).</summary>
public sealed class SqliteInspectionLoopTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-loop-").FullName;

    [Fact]
    public async Task A_sealed_draw_is_inspected_evidenced_acknowledged_and_signed_off_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "loop.db")}");
        using var admin = factory.CreateAdministratorClient();
        await InspectionLoopTests.RunAsync(factory, admin);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
