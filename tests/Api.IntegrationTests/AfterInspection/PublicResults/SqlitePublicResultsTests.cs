using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;

/// <summary>
/// <see cref="PublicResultsTests"/>' path on the embedded default (SQLite file, as <c>dotnet run</c> uses): the name
/// prefix is an escaped LIKE there too, without PostgreSQL's bytewise collation.
/// </summary>
public sealed class SqlitePublicResultsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-public-").FullName;

    [Fact]
    public async Task Published_results_are_public_and_exported_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "public.db")}");
        using var admin = factory.CreateAdministratorClient();
        await PublicResultsTests.RunAsync(factory, admin);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
