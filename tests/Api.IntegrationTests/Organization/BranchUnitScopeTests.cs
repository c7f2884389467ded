using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Organization;

/// <summary>A unit-scoped user lists and reads their own unit and the units below it, no others.</summary>
public sealed class BranchUnitScopeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_unit_scoped_user_sees_their_unit_and_those_below_only()
    {
        async Task<BranchUnitDto> Unit(string code, Guid? parentId) =>
            await (await Client.PostJsonAsync("/api/v1/branch-units", new { code, name = code, parentId, regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        var bureau = await Unit("NX", null);
        var yinchuan = await Unit("YC", bureau.Id);
        var xingqing = await Unit("XQ", yinchuan.Id);
        var wuzhong = await Unit("WZ", bureau.Id);

        await Accounts.CreateUserAsync(Client, "yc.operator", ["operator"], unitId: yinchuan.Id);
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "yc.operator");
        using var scoped = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);

        var page = await (await scoped.GetAsync("/api/v1/branch-units")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(["XQ", "YC"], page.Items.Select(u => u.Code));
        await (await scoped.GetAsync($"/api/v1/branch-units/{wuzhong.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await scoped.GetAsync($"/api/v1/branch-units/{xingqing.Id}")).StatusCode);

        var all = await (await Client.GetAsync("/api/v1/branch-units")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(4, all.TotalCount);
    }
}
