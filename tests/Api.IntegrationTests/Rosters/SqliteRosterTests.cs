using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>The embedded default runs the same roster import through its own SQL (batched staging, SQLite upsert).</summary>
public sealed class SqliteRosterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-rosters-").FullName;

    [Fact]
    public async Task Import_reimport_search_and_export_work_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "rosters.db")}");
        using var client = RosterApi.NewClient(factory);
        await client.SeedOrganizationAsync();

        var file = ImportFiles.Utf8(ImportFiles.Targets(300));
        var first = await client.ImportAsync("targets", file, "t.csv");
        Assert.Equal(("succeeded", 300L), (first.Status, first.Inserted));
        var again = await client.ImportAsync("targets", file, "t.csv");
        Assert.Equal((0L, 0L, 300L), (again.Inserted, again.Updated, again.Unchanged));

        var changed = ImportFiles.TargetHeader + "\n" + ImportFiles.TargetLine(1, tier: "D") + "\n" + ImportFiles.TargetLine(999) + "\n";
        var third = await client.ImportAsync("targets", ImportFiles.Utf8(changed), "t.csv");
        Assert.Equal((1L, 1L, 0L), (third.Inserted, third.Updated, third.Unchanged));

        var page = await (await client.GetAsync("/api/v1/targets?regionPrefix=6401&riskTier=D&q=" + Uri.EscapeDataString("塞上")))
            .ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);
        Assert.Equal(2, Assert.Single(page.Items).Version);

        var rejected = await client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(2) + "bad,x,640104,,,,,\n"), "t.csv");
        Assert.Equal("rejected", rejected.Status);
        var export = await client.GetAsync("/api/v1/targets/export?format=xlsx");
        Assert.Equal(301, ImportFiles.ReadXlsx(await export.Content.ReadAsByteArrayAsync()).Count);
    }

    [Fact]
    public async Task The_embedded_run_seeds_the_demo_rosters_on_first_start_only()
    {
        var connection = $"Data Source={Path.Combine(_folder, "demo.db")}";
        await using var factory = new ApiFactory("sqlite", connection).WithWebHostBuilder(b => b.UseSetting("Database:SeedDemoData", "true"));
        using var client = RosterApi.NewClient(factory);

        var targets = await (await client.GetAsync("/api/v1/targets?pageSize=1")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);
        Assert.Equal(2000, targets.TotalCount);
        var officers = await (await client.GetAsync("/api/v1/officers?pageSize=1&leader=true")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.InRange(officers.TotalCount, 10, 60);
        var recusals = await (await client.GetAsync("/api/v1/recusals?pageSize=1")).ReadAsync<Page<RecusalDto>>(HttpStatusCode.OK);
        Assert.Equal(30, recusals.TotalCount);

        // A second start finds the roster and leaves it alone.
        await using var restarted = new ApiFactory("sqlite", connection).WithWebHostBuilder(b => b.UseSetting("Database:SeedDemoData", "true"));
        using var again = RosterApi.NewClient(restarted);
        Assert.Equal(2000, (await (await again.GetAsync("/api/v1/targets?pageSize=1")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK)).TotalCount);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
