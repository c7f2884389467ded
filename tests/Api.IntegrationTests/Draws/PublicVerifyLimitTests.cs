using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>The public verify endpoint's body limit (set small here: <see cref="SmallLimitsFixture"/>).</summary>
public sealed class PublicVerifyLimitTests(SmallLimitsFixture fixture) : PostgresTest<SmallLimitsFixture>(fixture)
{
    [Fact]
    public async Task A_bundle_over_the_verify_limit_is_a_413_problem_with_or_without_a_length()
    {
        var anonymous = Fixture.Factory.CreateClient();
        var big = "{\"protocol\":\"DR1\",\"pad\":\"" + new string('x', 5000) + "\"}";

        var declared = await anonymous.PostAsync("/api/v1/public/draws/verify", Http.JsonBody(big));
        await declared.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/draws/verify") { Content = streamed };
        chunked.Headers.TransferEncodingChunked = true;
        await (await anonymous.SendAsync(chunked)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var small = await anonymous.PostAsync("/api/v1/public/draws/verify", Http.JsonBody("{\"protocol\":\"DR1\"}"));
        Assert.Contains("body", (await small.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }
}
