using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Result categories: seeded with the national nine, kept by administrators, retired instead of deleted.</summary>
public sealed class ResultCategoryTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_fresh_database_has_the_nine_national_categories_in_order()
    {
        var inspector = Fixture.Factory.CreateClientAs("insp", ["inspector"]);
        var list = await (await inspector.GetAsync("/api/v1/result-categories")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(ResultCategory.National.Select(c => c.Code), list.RootElement.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("未发现问题", list.RootElement[0].GetProperty("nameZh").GetString());
        Assert.False(list.RootElement[0].GetProperty("indicatesProblem").GetBoolean());
        Assert.True(list.RootElement[4].GetProperty("indicatesProblem").GetBoolean());
    }

    [Fact]
    public async Task An_administrator_adds_changes_and_retires_a_category_and_a_retired_one_is_refused_in_a_record()
    {
        var created = await Client.PostJsonAsync("/api/v1/result-categories", new
        {
            code = "rectified-on-site", nameZh = "发现问题已当场改正", nameEn = "Rectified on the spot", indicatesProblem = true, sortOrder = 55,
        });
        using var category = await created.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        Assert.Equal("/api/v1/result-categories/rectified-on-site", created.Headers.Location!.OriginalString);
        var duplicate = await Client.PostJsonAsync("/api/v1/result-categories", new { code = "no-problem", nameZh = "重复", nameEn = "Again", indicatesProblem = false, sortOrder = 1 });
        Assert.Equal("duplicate-code", (await duplicate.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (new { code = "bad code", nameZh = "名", nameEn = "N", indicatesProblem = true, sortOrder = 1 }, "code"),
            (new { code = new string('c', 33), nameZh = "名", nameEn = "N", indicatesProblem = true, sortOrder = 1 }, "code"),
            (new { code = "c1", nameZh = "名\u0000", nameEn = "N", indicatesProblem = true, sortOrder = 1 }, "nameZh"),
            (new { code = "c1", nameZh = new string('名', 101), nameEn = "N", indicatesProblem = true, sortOrder = 1 }, "nameZh"),
            (new { code = "c1", nameZh = "名", nameEn = new string('N', 201), indicatesProblem = true, sortOrder = 1 }, "nameEn"),
            (new { code = "c1", nameZh = "名", nameEn = "N", indicatesProblem = true, sortOrder = -1 }, "sortOrder"),
        })
        {
            Assert.Contains(field, (await (await Client.PostJsonAsync("/api/v1/result-categories", body)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        }

        var stale = await Client.PutJsonAsync("/api/v1/result-categories/rectified-on-site", new { nameZh = "改", nameEn = "C", indicatesProblem = true, sortOrder = 55, isRetired = true, version = 9 });
        Assert.Equal("stale-version", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutJsonAsync("/api/v1/result-categories/none-such", new { nameZh = "改", nameEn = "C", indicatesProblem = true, sortOrder = 55, isRetired = true, version = 1 })).StatusCode);
        var retired = await Client.PutJsonAsync("/api/v1/result-categories/rectified-on-site", new { nameZh = "发现问题已当场改正", nameEn = "Rectified on the spot", indicatesProblem = true, sortOrder = 55, isRetired = true, version = 1 });
        Assert.True((await retired.ReadAsync<JsonDocument>(HttpStatusCode.OK)).RootElement.GetProperty("isRetired").GetBoolean());
        var active = await (await Client.GetAsync("/api/v1/result-categories")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.DoesNotContain("rectified-on-site", active.RootElement.GetRawText(), StringComparison.Ordinal);
        var all = await (await Client.GetAsync("/api/v1/result-categories?includeRetired=true")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(10, all.RootElement.GetArrayLength());
        var audited = await Client.EntriesAsync("&entityType=ResultCategory");
        Assert.Equal(["create", "update"], audited.Select(e => e.Action));

        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var refused = await s.Group(1).Leader.Client.PostJsonAsync($"/api/v1/tasks/{s.TaskId}/inspection-records", s.RecordBody(s.Group(1).TargetCodes[0], "rectified-on-site"));
        Assert.Contains("items[0].resultCategoryCode", (await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        var forbidden = await s.Group(1).Leader.Client.PostJsonAsync("/api/v1/result-categories", new { code = "x", nameZh = "x", nameEn = "x", indicatesProblem = true, sortOrder = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
