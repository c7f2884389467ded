using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection;

/// <summary>The path of <see cref="AfterInspectionPathTests"/> on the embedded default (SQLite file, as <c>dotnet run</c> uses).</summary>
public sealed class SqliteAfterInspectionPathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-path-").FullName;

    [Fact]
    public async Task A_signed_summary_is_followed_up_corrected_published_archived_and_verified_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "path.db")}");
        using var admin = factory.CreateAdministratorClient();
        await AfterInspectionPathTests.RunAsync(factory, admin);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
