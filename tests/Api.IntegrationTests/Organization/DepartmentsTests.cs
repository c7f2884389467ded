using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Organization;

public sealed class DepartmentsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/departments";

    [Fact]
    public async Task A_department_is_created_renamed_listed_and_retired()
    {
        var created = await (await Client.PostJsonAsync(Url, new { code = "amr", name = "市场监管" }))
            .ReadAsync<DepartmentDto>(HttpStatusCode.Created);
        await Client.PostJsonAsync(Url, new { code = "fire", name = "消防救援" });

        var renamed = await (await Client.PutJsonAsync($"{Url}/{created.Id}", new { name = "市场监督管理", version = 1 }))
            .ReadAsync<DepartmentDto>(HttpStatusCode.OK);
        Assert.Equal("市场监督管理", renamed.Name);
        Assert.Equal(2, renamed.Version);

        var list = await (await Client.GetAsync($"{Url}?sort=-code")).ReadAsync<Page<DepartmentDto>>(HttpStatusCode.OK);
        Assert.Equal(["fire", "amr"], list.Items.Select(d => d.Code));

        await (await Client.PostAsync($"{Url}/{created.Id}/retire", null)).ReadAsync<DepartmentDto>(HttpStatusCode.OK);
        var active = await (await Client.GetAsync(Url)).ReadAsync<Page<DepartmentDto>>(HttpStatusCode.OK);
        Assert.Equal(["fire"], active.Items.Select(d => d.Code));
    }

    [Fact]
    public async Task Bad_department_input_is_refused_and_nothing_is_written()
    {
        var missing = await (await Client.PostJsonAsync(Url, new { code = "amr" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("name", missing.Errors!.Keys);

        var tooLong = await (await Client.PostJsonAsync(Url, new { code = "amr", name = new string('部', 101) }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("name", tooLong.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("departments"));

        await Client.PostJsonAsync(Url, new { code = "amr", name = "市场监管" });
        var duplicate = await (await Client.PostJsonAsync(Url, new { code = "amr", name = "另一个" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate-code", duplicate.Code);

        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync(Url, Http.JsonBody("{\"code\":"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, await Fixture.CountRowsAsync("departments"));
    }
}
