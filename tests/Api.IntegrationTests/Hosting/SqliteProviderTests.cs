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

    [Fact]
    public async Task An_Idempotency_Key_is_claimed_replayed_and_refused_for_another_body_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "idempotency.db")}");
        using var inspector = factory.CreateClientAs("sqlite.inspector", ["inspector"]);
        var image = Inspections.LicenceImages.Licence("91640100MA76QK9990", "示例公司", qrText: "uniscid=91640100MA76QK9990");
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Inspections.LicenceScanTests.PostAsync(inspector, image, "a.png", key)));
        var retry = await Inspections.LicenceScanTests.PostAsync(inspector, image, "a.png", key);

        Assert.All(answers.Append(retry), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var body = await answers[0].Content.ReadAsStringAsync();
        Assert.Equal(body, await answers[1].Content.ReadAsStringAsync());
        Assert.Equal(body, await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var other = await Inspections.LicenceScanTests.PostAsync(inspector, image, "other.png", key);
        Assert.Equal("idempotency-key-reused", (await other.ReadProblemAsync((HttpStatusCode)422)).Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
