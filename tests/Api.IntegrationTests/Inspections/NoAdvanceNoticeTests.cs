using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Api.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// No advance notice (§6.2.3): while a draw is sealed but not revealed, nothing a target or the public can reach — every
/// anonymous GET route, with the draw's, the task's and the records' ids and the drawn codes filled in — names a drawn
/// target or shows a record.
/// </summary>
public sealed class NoAdvanceNoticeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task No_anonymous_route_shows_a_drawn_target_or_a_record_before_the_task_closes()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var record = await s.RecordAsync(s.Group(1).Leader, s.Group(1).TargetCodes[0], "pending-follow-up");
        var recordId = record.GetProperty("id").GetGuid();
        var codes = s.Groups.SelectMany(g => g.TargetCodes).ToList();

        var routes = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Where(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(AuthorizationMatrix.IsAnonymousRoute)
            .Distinct().ToList();
        Assert.Contains("/api/v1/public/draws/{id:guid}/targets/{code}", routes);

        using var anonymous = Fixture.Factory.CreateClient();
        var checkedUrls = 0;
        foreach (var route in routes)
        {
            foreach (var id in new[] { s.DrawId, s.TaskId, recordId })
            {
                foreach (var code in codes.Take(3))
                {
                    var url = Regex.Replace(route, "\\{[A-Za-z]+:guid\\}", id.ToString());
                    url = Regex.Replace(url, "\\{[A-Za-z]+\\}", code);
                    var body = await (await anonymous.GetAsync(url)).Content.ReadAsStringAsync();
                    checkedUrls++;
                    foreach (var drawn in codes)
                    {
                        Assert.False(body.Contains(drawn, StringComparison.Ordinal) && !url.Contains(drawn, StringComparison.Ordinal), $"{url} names {drawn}: {body}");
                    }

                    Assert.False(id != recordId && body.Contains(recordId.ToString(), StringComparison.Ordinal), $"{url} names the record: {body}");
                    Assert.DoesNotContain("pending-follow-up", body, StringComparison.Ordinal);
                }
            }
        }

        Assert.True(checkedUrls >= 10, $"only {checkedUrls} anonymous URLs checked");
    }
}
