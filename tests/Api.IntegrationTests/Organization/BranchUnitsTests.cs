using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Organization;

public sealed class BranchUnitsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/branch-units";

    private async Task<BranchUnitDto> CreateAsync(string code, string name, Guid? parentId = null, string region = "640100")
    {
        var response = await Client.PostJsonAsync(Url, new { code, name, parentId, regionCode = region });
        return await response.ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_created_unit_is_returned_with_its_location_and_Chinese_name_intact()
    {
        var response = await Client.PostJsonAsync(Url, new { code = "NX-640104", name = "兴庆区市场监督管理局", regionCode = "640104" });
        var created = await response.ReadAsync<BranchUnitDto>(HttpStatusCode.Created);

        Assert.Equal($"{Url}/{created.Id}", response.Headers.Location?.OriginalString);
        var fetched = await (await Client.GetAsync($"{Url}/{created.Id}")).ReadAsync<BranchUnitDto>(HttpStatusCode.OK);
        Assert.Equal("兴庆区市场监督管理局", fetched.Name);
        Assert.Equal("640104", fetched.RegionCode);
        Assert.Equal(1, fetched.Version);
        Assert.Equal(DateTimeKind.Utc, fetched.CreatedAtUtc.Kind);
        Assert.Equal("test-admin", fetched.CreatedBy);
        Assert.False(fetched.IsRetired);
    }

    [Fact]
    public async Task Units_form_a_tree_and_the_list_filters_by_parent_and_region()
    {
        var city = await CreateAsync("NX-640100", "银川市市场监督管理局");
        await CreateAsync("NX-640104", "兴庆区市场监督管理局", city.Id, "640104");
        await CreateAsync("NX-640105", "西夏区市场监督管理局", city.Id, "640105");
        await CreateAsync("NX-640300", "吴忠市市场监督管理局", region: "640300");

        var children = await (await Client.GetAsync($"{Url}?parentId={city.Id}")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(["NX-640104", "NX-640105"], children.Items.Select(u => u.Code));

        var yinchuan = await (await Client.GetAsync($"{Url}?regionPrefix=6401")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(3, yinchuan.TotalCount);

        var byText = await (await Client.GetAsync($"{Url}?q={Uri.EscapeDataString("吴忠")}")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal("NX-640300", Assert.Single(byText.Items).Code);
    }

    [Fact]
    public async Task The_list_pages_and_sorts_without_overlap()
    {
        for (var i = 0; i < 7; i++)
        {
            await CreateAsync($"U{i:00}", $"单位{6 - i}");
        }

        var first = await (await Client.GetAsync($"{Url}?page=1&pageSize=3&sort=-code")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        var third = await (await Client.GetAsync($"{Url}?page=3&pageSize=3&sort=-code")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(["U06", "U05", "U04"], first.Items.Select(u => u.Code));
        Assert.Equal(["U00"], third.Items.Select(u => u.Code));
        Assert.Equal(7, first.TotalCount);
        Assert.Equal(3, first.TotalPages);

        var byName = await (await Client.GetAsync($"{Url}?pageSize=2&sort=name")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(["单位0", "单位1"], byName.Items.Select(u => u.Name));
    }

    [Fact]
    public async Task An_update_changes_name_and_region_and_bumps_the_version()
    {
        var unit = await CreateAsync("NX-640100", "银川市局");
        var response = await Client.PutJsonAsync($"{Url}/{unit.Id}", new { name = "银川市市场监督管理局", regionCode = "640100", version = 1 });
        var updated = await response.ReadAsync<BranchUnitDto>(HttpStatusCode.OK);

        Assert.Equal("银川市市场监督管理局", updated.Name);
        Assert.Equal(2, updated.Version);
        Assert.Equal("NX-640100", updated.Code);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var unit = await CreateAsync("NX-640100", "银川市局");
        await Client.PutJsonAsync($"{Url}/{unit.Id}", new { name = "第一次修改", regionCode = "640100", version = 1 });

        var stale = await Client.PutJsonAsync($"{Url}/{unit.Id}", new { name = "第二次修改", regionCode = "640100", version = 1 });
        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.Code);

        var current = await (await Client.GetAsync($"{Url}/{unit.Id}")).ReadAsync<BranchUnitDto>(HttpStatusCode.OK);
        Assert.Equal("第一次修改", current.Name);
    }

    [Fact]
    public async Task A_unit_cannot_become_its_own_ancestor()
    {
        var city = await CreateAsync("NX-640100", "银川市");
        var district = await CreateAsync("NX-640104", "兴庆区", city.Id, "640104");

        var response = await Client.PutJsonAsync($"{Url}/{city.Id}", new { name = "银川市", parentId = district.Id, regionCode = "640100" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("parentId", problem.Errors!.Keys);
    }

    [Fact]
    public async Task Retiring_keeps_the_unit_on_record_but_out_of_the_default_list()
    {
        var unit = await CreateAsync("NX-640500", "中卫市市场监督管理局", region: "640500");
        var retired = await (await Client.PostAsync($"{Url}/{unit.Id}/retire", null)).ReadAsync<BranchUnitDto>(HttpStatusCode.OK);
        Assert.True(retired.IsRetired);
        Assert.NotNull(retired.RetiredAtUtc);

        var active = await (await Client.GetAsync(Url)).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Empty(active.Items);
        var all = await (await Client.GetAsync($"{Url}?includeRetired=true")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Single(all.Items);

        var again = await Client.PostAsync($"{Url}/{unit.Id}/retire", null);
        Assert.Equal("unit-retired", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var edit = await Client.PutJsonAsync($"{Url}/{unit.Id}", new { name = "改名", regionCode = "640500" });
        Assert.Equal("unit-retired", (await edit.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_unit_with_active_children_cannot_retire()
    {
        var city = await CreateAsync("NX-640100", "银川市");
        await CreateAsync("NX-640104", "兴庆区", city.Id, "640104");

        var response = await Client.PostAsync($"{Url}/{city.Id}/retire", null);
        Assert.Equal("unit-has-active-children", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }
}
