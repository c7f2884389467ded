using System.Net;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>
/// A refusal asked for in every way a client picks its language: no Accept-Language and <c>en;q=0</c> answer in
/// Chinese, <c>en</c> and <c>zh-CN;q=0.1, en;q=0.9</c> in English — the code never changes, the title and detail do.
/// </summary>
internal static class ProblemLanguages
{
    private static readonly (string? Header, bool English)[] Asks =
        [(null, false), ("en", true), ("zh-CN;q=0.1, en;q=0.9", true), ("en;q=0", false)];

    /// <summary>Sends the refused request once per way of asking (through <paramref name="client"/>'s default headers).</summary>
    public static async Task AssertBothLanguagesAsync(
        HttpClient client, Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string code, string chinese, string english)
    {
        foreach (var (header, inEnglish) in Asks)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            if (header is not null)
            {
                client.DefaultRequestHeaders.Add("Accept-Language", header);
            }

            try
            {
                var problem = await (await send()).ReadProblemAsync(status);
                Assert.Equal(code, problem.Code);
                Assert.Equal(inEnglish ? english : chinese, problem.Detail);
                Assert.True(inEnglish == problem.Title.All(char.IsAscii), $"Accept-Language {header}: title {problem.Title}");
            }
            finally
            {
                client.DefaultRequestHeaders.AcceptLanguage.Clear();
            }
        }
    }
}
