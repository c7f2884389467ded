using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Hosting;

/// <summary>The embedded default: the same slice on a SQLite file, migrated at start.</summary>
public sealed class SqliteProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-").FullName;

    [Fact]
    public async Task The_slice_works_end_to_end_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "smoke.db")}");
        using var client = factory.CreateAdministratorClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var city = await (await client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640100", name = "银川市市场监督管理局", regionCode = "640100" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        await client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640104", name = "兴庆区市场监督管理局", regionCode = "640104", parentId = city.Id });

        var page = await (await client.GetAsync("/api/v1/branch-units?sort=-createdAtUtc&regionPrefix=6401"))
            .ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(2, page.TotalCount);
        Assert.Equal(DateTimeKind.Utc, page.Items[0].CreatedAtUtc.Kind);

        var duplicate = await client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640100", name = "重复", regionCode = "640100" });
        Assert.Equal("duplicate-code", (await duplicate.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var stale = await client.PutJsonAsync($"/api/v1/branch-units/{city.Id}", new { name = "改", regionCode = "640100", version = 7 });
        await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        var retire = await client.PostAsync($"/api/v1/branch-units/{city.Id}/retire", null);
        Assert.Equal("unit-has-active-children", (await retire.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Sign_in_delays_per_address_work_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "delays.db")}");
        using var admin = factory.CreateAdministratorClient();
        await Accounts.CreateUserAsync(admin, "sqlite.user", ["operator"]);
        using var attacker = factory.CreateClient();
        attacker.DefaultRequestHeaders.Add(TestClientAddress.ClientAddressHeader, "198.51.100.9");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await attacker.PostJsonAsync("/api/v1/auth/login", new { userName = "sqlite.user", password = "Wrong!Passw0rd" })).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), (HttpStatusCode)423, (HttpStatusCode)423], statuses);
        using var owner = factory.CreateClient();
        owner.DefaultRequestHeaders.Add(TestClientAddress.ClientAddressHeader, "203.0.113.9");
        await Accounts.LoginAsync(owner, "sqlite.user");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
