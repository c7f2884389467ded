using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class TargetsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/targets";

    private async Task<Page<TargetDto>> SearchAsync(string query) =>
        await (await Client.GetAsync($"{Url}?{query}")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK);

    [Fact]
    public async Task A_created_target_keeps_every_field_and_its_kind_is_inferred_from_the_code()
    {
        await Client.SeedOrganizationAsync();
        var response = await Client.PostJsonAsync(Url, RosterApi.TargetBody(RosterApi.Code(1), tags: ["食品经营"], departments: ["amr", "fire"]));
        var created = await response.ReadAsync<TargetDto>(HttpStatusCode.Created);

        Assert.Equal($"{Url}/{created.Id}", response.Headers.Location?.OriginalString);
        var fetched = await (await Client.GetAsync($"{Url}/{created.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.Equal("enterprise", fetched.Kind);
        Assert.Equal("宁夏塞上商贸有限公司", fetched.Name);
        Assert.Equal(["amr", "fire"], fetched.DepartmentCodes);
        Assert.Equal(["食品经营"], fetched.Tags);
        Assert.Equal("A", fetched.RiskTier);
        Assert.Equal(100.5m, fetched.RegisteredCapital);
        Assert.Equal(new DateOnly(2015, 3, 1), fetched.RegistrationDate);
        Assert.Equal(1, fetched.Version);
    }

    [Fact]
    public async Task Products_projects_and_behaviours_use_designed_codes()
    {
        await Client.SeedOrganizationAsync();
        var product = await Client.CreateTargetAsync(RosterApi.TargetBody("PRD-640104-000001", "塞上牌枸杞干"));
        Assert.Equal("product", product.Kind);
        var behaviour = await Client.CreateTargetAsync(RosterApi.TargetBody("BHV-640104-7", "占道经营"));
        Assert.Equal("behaviour", behaviour.Kind);
    }

    [Fact]
    public async Task Search_filters_by_kind_region_industry_department_tier_status_tag_and_text()
    {
        await Client.SeedOrganizationAsync();
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1), "兴庆鑫源商贸有限公司", tier: "A", tags: ["重点监管"]));
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(2, region: "640205"), "惠农餐饮有限公司", region: "640205", tier: "D",
            departments: ["amr", "fire"], section: "H", division: "62"));
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(3, TargetKind.IndividualBusiness), "兴庆老王面馆", tier: "C", section: "H", division: "62"));

        Assert.Equal(3, (await SearchAsync("")).TotalCount);
        Assert.Equal("惠农餐饮有限公司", Assert.Single((await SearchAsync("riskTier=d")).Items).Name);
        Assert.Equal(2, (await SearchAsync("regionPrefix=6401")).TotalCount);
        Assert.Single((await SearchAsync("regionPrefix=6402")).Items);
        Assert.Equal(2, (await SearchAsync("industrySection=H")).TotalCount);
        Assert.Single((await SearchAsync("department=fire")).Items);
        Assert.Single((await SearchAsync("kind=individualBusiness")).Items);
        Assert.Single((await SearchAsync($"tag={Uri.EscapeDataString("重点监管")}")).Items);
        Assert.Single((await SearchAsync($"q={Uri.EscapeDataString("鑫源")}")).Items);
        Assert.Single((await SearchAsync($"q={RosterApi.Code(2, region: "640205")[..10]}")).Items);
        Assert.Equal(0, (await SearchAsync("q=%25")).TotalCount);
        Assert.Equal(3, (await SearchAsync("status=active")).TotalCount);
        var byTier = await SearchAsync("sort=-riskTier&pageSize=2");
        Assert.Equal(["D", "C"], byTier.Items.Select(t => t.RiskTier));
        Assert.Equal(2, byTier.TotalPages);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_refused_and_a_current_one_applies()
    {
        await Client.SeedOrganizationAsync();
        var target = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1)));
        var update = new { name = "改名后有限公司", regionCode = "640104", status = "abnormalOperation", riskTier = "B", weight = 5, version = 1 };
        var updated = await (await Client.PutJsonAsync($"{Url}/{target.Id}", update)).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.Equal(2, updated.Version);
        Assert.Equal("abnormalOperation", updated.Status);
        Assert.Equal(5, updated.Weight);

        var stale = await Client.PutJsonAsync($"{Url}/{target.Id}", update);
        Assert.Equal("stale-version", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Retired_targets_leave_the_list_and_cannot_change()
    {
        await Client.SeedOrganizationAsync();
        var target = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1)));
        var retired = await (await Client.PostAsync($"{Url}/{target.Id}/retire", null)).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.True(retired.IsRetired);
        Assert.Equal(0, (await SearchAsync("")).TotalCount);
        Assert.Equal(1, (await SearchAsync("includeRetired=true")).TotalCount);
        var change = await Client.PutJsonAsync($"{Url}/{target.Id}", new { name = "x", regionCode = "640104" });
        Assert.Equal("target-retired", (await change.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Delete_removes_a_fresh_target_but_refuses_one_a_draw_refers_to()
    {
        await Client.SeedOrganizationAsync();
        var fresh = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1)));
        var drawn = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(2)));
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE targets SET draw_reference_count = 1 WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", drawn.Id);
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"{Url}/{fresh.Id}")).StatusCode);
        var refused = await Client.DeleteAsync($"{Url}/{drawn.Id}");
        Assert.Equal("target-referenced-by-draw", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(1, await Fixture.CountRowsAsync("targets"));
        await (await Client.DeleteAsync($"{Url}/{fresh.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reference_lists_give_the_Ningxia_divisions_and_the_industry_sections()
    {
        var regions = await (await Client.GetAsync("/api/v1/reference/regions")).ReadAsync<List<RegionView>>(HttpStatusCode.OK);
        Assert.Equal(28, regions.Count);
        Assert.Contains(regions, r => r is { Code: "640104", Name: "兴庆区", ParentCode: "640100" });
        var industries = await (await Client.GetAsync("/api/v1/reference/industries")).ReadAsync<List<IndustryView>>(HttpStatusCode.OK);
        Assert.Equal(20, industries.Count);
        Assert.Contains(industries, i => i is { Section: "C", FirstDivision: 13, LastDivision: 43 });

        using var enums = await (await Client.GetAsync("/api/v1/reference/roster-enums")).ReadAsync<System.Text.Json.JsonDocument>(HttpStatusCode.OK);
        var kinds = enums.RootElement.GetProperty("targetKinds").EnumerateArray().ToList();
        Assert.Equal(7, kinds.Count);
        Assert.Contains(kinds, k => k.GetProperty("value").GetString() == "individualBusiness" && k.GetProperty("chinese").GetString() == "个体工商户");
        Assert.Equal("A", enums.RootElement.GetProperty("riskTiers")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Roster_enum_values_are_spelt_as_the_JSON_API_writes_them_and_credit_classes_are_listed()
    {
        using var enums = await (await Client.GetAsync("/api/v1/reference/roster-enums")).ReadAsync<System.Text.Json.JsonDocument>(HttpStatusCode.OK);
        var json = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>(Fixture.Factory.Services).Value.SerializerOptions;
        void Same<T>(string list)
            where T : struct, Enum
        {
            var listed = enums.RootElement.GetProperty(list).EnumerateArray().ToList();
            Assert.Equal(
                Enum.GetValues<T>().Select(v => System.Text.Json.JsonSerializer.Serialize(v, json).Trim('"')),
                listed.Select(e => e.GetProperty("value").GetString()));
            Assert.All(listed, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("chinese").GetString()) || string.IsNullOrEmpty(e.GetProperty("english").GetString())));
        }

        Same<Domain.Rosters.TargetKind>("targetKinds");
        Same<Domain.Rosters.TargetStatus>("targetStatuses");
        Same<Domain.Rosters.RiskTier>("riskTiers");
        Same<Domain.Rosters.CreditClass>("creditClasses");
        Same<Domain.Rosters.OfficerStatus>("officerStatuses");
        Same<Domain.Rosters.RecusalReason>("recusalReasons");
        var credit = enums.RootElement.GetProperty("creditClasses")[3];
        Assert.Equal(("D", "D 类（信用风险高）"), (credit.GetProperty("value").GetString(), credit.GetProperty("chinese").GetString()));

        // A value as listed is accepted back, in a body and in a query; a wrong one is refused naming the listed spellings.
        await Client.SeedOrganizationAsync();
        var created = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(77), tier: enums.RootElement.GetProperty("riskTiers")[1].GetProperty("value").GetString()));
        Assert.Equal("B", created.RiskTier);
        Assert.Single((await (await Client.GetAsync("/api/v1/targets?riskTier=B")).ReadAsync<Page<TargetDto>>(HttpStatusCode.OK)).Items);
        var problem = await (await Client.GetAsync("/api/v1/targets?riskTier=E")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("A, B, C, D", problem.Errors!["riskTier"][0], StringComparison.Ordinal);
    }

    private sealed record RegionView(string Code, string Name, string? ParentCode);

    private sealed record IndustryView(string Section, string Name, int FirstDivision, int LastDivision);
}
