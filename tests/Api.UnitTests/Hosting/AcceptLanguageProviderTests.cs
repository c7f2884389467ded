using DoubleRandom.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.UnitTests.Hosting;

public sealed class AcceptLanguageProviderTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("EN-gb", "en")]
    [InlineData("zh-CN, en", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("zh-CN;q=0.1, en;q=0.9", "en")]
    [InlineData("en;q=0.5, zh;q=0.5", "en")]
    [InlineData("zh;q=0.5, en;q=0.5", "zh-CN")]
    [InlineData("en;q=0", null)]
    [InlineData("en;q=0, zh-CN;q=0.2", "zh-CN")]
    [InlineData("fr, en;q=0.5", "en")]
    [InlineData("fr, de, es, ja, en;q=0.1", "en")]
    [InlineData("*", null)]
    [InlineData("fr", null)]
    public async Task The_most_preferred_spoken_language_wins_and_q0_refuses(string header, string? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[HeaderNames.AcceptLanguage] = header;
        var result = await new AcceptLanguageProvider().DetermineProviderCultureResult(context);
        Assert.Equal(expected, result?.UICultures.Single().Value);
    }
}
