using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class OfficersTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/officers";

    private static object Body(string number, Guid unitId, string? expires = "2099-01-01", bool leader = false) => new
    {
        number,
        name = "张伟",
        unitId,
        departmentCode = "amr",
        isLeaderEligible = leader,
        expertiseTags = new[] { "食品安全" },
        certificates = expires is null ? [] : new[] { new { type = "行政执法证", number = $"C-{number}", issuedOn = "2020-01-01", expiresOn = expires } },
    };

    /// <summary>The organisation, and two units below the bureau: Yinchuan and Wuzhong.</summary>
    private async Task<(Guid Yinchuan, Guid Wuzhong)> TwoUnitsAsync()
    {
        var bureau = await Client.SeedOrganizationAsync();
        async Task<Guid> Unit(string code) => (await (await Client.PostJsonAsync("/api/v1/branch-units", new { code, name = code, parentId = bureau, regionCode = "640100" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created)).Id;
        return (await Unit("YC"), await Unit("WZ"));
    }

    [Fact]
    public async Task A_unit_scoped_user_sees_the_officers_of_their_unit_and_those_below_only()
    {
        var (yinchuan, wuzhong) = await TwoUnitsAsync();
        await Client.PostJsonAsync(Url, Body("NX-YC", yinchuan));
        var other = await (await Client.PostJsonAsync(Url, Body("NX-WZ", wuzhong))).ReadAsync<OfficerDto>(HttpStatusCode.Created);

        using var scoped = Fixture.Factory.CreateClientAs("yc-operator", ["operator"], yinchuan);
        var page = await (await scoped.GetAsync(Url)).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal("NX-YC", Assert.Single(page.Items).Number);
        await (await scoped.GetAsync($"{Url}/{other.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);

        var all = await (await Client.GetAsync(Url)).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal(2, all.TotalCount);
    }

    [Fact]
    public async Task A_unit_scoped_keeper_edits_and_adds_officers_of_their_units_only()
    {
        var (yinchuan, wuzhong) = await TwoUnitsAsync();
        var own = await (await Client.PostJsonAsync(Url, Body("NX-YC", yinchuan))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        var other = await (await Client.PostJsonAsync(Url, Body("NX-WZ", wuzhong))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        using var keeper = Fixture.Factory.CreateClientAs("yc-keeper", ["roster-keeper"], yinchuan);
        object Update(Guid unit, string name) => new { name, unitId = unit, departmentCode = "amr", isLeaderEligible = false, version = 1 };

        // Outside the keeper's units the officer does not exist for them; nor can one be moved or added there.
        await (await keeper.PutJsonAsync($"{Url}/{other.Id}", Update(wuzhong, "改名"))).ReadProblemAsync(HttpStatusCode.NotFound);
        var moved = await (await keeper.PutJsonAsync($"{Url}/{own.Id}", Update(wuzhong, "张伟"))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("unit-out-of-scope", moved.Code);
        Assert.Equal("unit-out-of-scope", (await (await keeper.PostJsonAsync(Url, Body("NX-WZ-2", wuzhong))).ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal(2, await Fixture.CountRowsAsync("officers"));
        var unchanged = await (await Client.GetAsync($"{Url}/{other.Id}")).ReadAsync<OfficerDto>(HttpStatusCode.OK);
        Assert.Equal(("张伟", 1), (unchanged.Name, unchanged.Version));
        Assert.Equal(yinchuan, (await (await Client.GetAsync($"{Url}/{own.Id}")).ReadAsync<OfficerDto>(HttpStatusCode.OK)).UnitId);

        // Inside them, as anyone with the role.
        var renamed = await (await keeper.PutJsonAsync($"{Url}/{own.Id}", Update(yinchuan, "张伟伟"))).ReadAsync<OfficerDto>(HttpStatusCode.OK);
        Assert.Equal(("张伟伟", 2), (renamed.Name, renamed.Version));
        await (await keeper.PostJsonAsync(Url, Body("NX-YC-2", yinchuan))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        // An administrator sees every unit and may move officers anywhere.
        await (await Client.PutJsonAsync($"{Url}/{other.Id}", Update(yinchuan, "张伟"))).ReadAsync<OfficerDto>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Officers_are_certified_only_with_an_unexpired_certificate_and_search_filters_by_it()
    {
        var unit = await Client.SeedOrganizationAsync();
        var valid = await (await Client.PostJsonAsync(Url, Body("NX-1", unit, leader: true))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        var expired = await (await Client.PostJsonAsync(Url, Body("NX-2", unit, expires: "2021-01-01"))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        await Client.PostJsonAsync(Url, Body("NX-3", unit, expires: null));

        Assert.True(valid.Certified);
        Assert.False(expired.Certified);
        Assert.Equal("行政执法证", Assert.Single(valid.Certificates).Type);

        var certifiedToday = await (await Client.GetAsync($"{Url}?certifiedOn=2026-06-01")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal("NX-1", Assert.Single(certifiedToday.Items).Number);
        var certifiedIn2020 = await (await Client.GetAsync($"{Url}?certifiedOn=2020-06-01")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal(2, certifiedIn2020.TotalCount);
        var onExpiryDay = await (await Client.GetAsync($"{Url}?certifiedOn=2021-01-01")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal(1, onExpiryDay.TotalCount);
        var leaders = await (await Client.GetAsync($"{Url}?leader=true")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal("NX-1", Assert.Single(leaders.Items).Number);
        var byExpertise = await (await Client.GetAsync($"{Url}?expertise={Uri.EscapeDataString("食品安全")}&unitId={unit}&department=amr")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Equal(3, byExpertise.TotalCount);
    }

    [Fact]
    public async Task Status_changes_keep_history_by_version_and_stale_versions_are_refused()
    {
        var unit = await Client.SeedOrganizationAsync();
        var officer = await (await Client.PostJsonAsync(Url, Body("NX-1", unit))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        var update = new { name = "张伟", unitId = unit, departmentCode = "fire", status = "transferred", isLeaderEligible = true, version = 1 };
        var updated = await (await Client.PutJsonAsync($"{Url}/{officer.Id}", update)).ReadAsync<OfficerDto>(HttpStatusCode.OK);
        Assert.Equal(("transferred", "fire", 2), (updated.Status, updated.DepartmentCode, updated.Version));
        Assert.Equal("stale-version", (await (await Client.PutJsonAsync($"{Url}/{officer.Id}", update)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var transferred = await (await Client.GetAsync($"{Url}?status=Transferred")).ReadAsync<Page<OfficerDto>>(HttpStatusCode.OK);
        Assert.Single(transferred.Items);
    }

    [Fact]
    public async Task Changing_only_the_certificates_bumps_the_version()
    {
        var unit = await Client.SeedOrganizationAsync();
        var officer = await (await Client.PostJsonAsync(Url, Body("NX-1", unit))).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        var renewed = new
        {
            name = "张伟", unitId = unit, departmentCode = "amr", isLeaderEligible = false, expertiseTags = new[] { "食品安全" }, version = 1,
            certificates = new[] { new { type = "行政执法证", number = "C-NEW", issuedOn = "2026-01-01", expiresOn = "2032-01-01" } },
        };
        var updated = await (await Client.PutJsonAsync($"{Url}/{officer.Id}", renewed)).ReadAsync<OfficerDto>(HttpStatusCode.OK);
        Assert.Equal(2, updated.Version);
        Assert.Equal("C-NEW", Assert.Single(updated.Certificates).Number);
        Assert.Equal(1, await Fixture.CountRowsAsync("officer_certificates"));
    }

    [Fact]
    public async Task Unknown_units_and_departments_bad_numbers_and_bad_certificates_are_field_errors()
    {
        var unit = await Client.SeedOrganizationAsync();
        var body = new
        {
            number = "has space", name = "李", unitId = Guid.NewGuid(), departmentCode = "nosuch",
            certificates = new[] { new { type = "证", number = "1", issuedOn = "2022-01-01", expiresOn = "2021-01-01" } },
        };
        var problem = await (await Client.PostJsonAsync(Url, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["certificates[0].expiresOn", "departmentCode", "number", "unitId"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await Fixture.CountRowsAsync("officers"));

        await Client.PostJsonAsync(Url, Body("NX-1", unit));
        var duplicate = await (await Client.PostJsonAsync(Url, Body("NX-1", unit))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate-code", duplicate.Code);
    }
}
