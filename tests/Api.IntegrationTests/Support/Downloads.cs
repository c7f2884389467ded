namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>Checks a download's <c>Content-Disposition</c>: the ASCII <c>filename</c> and the decoded Chinese <c>filename*</c>.</summary>
public static class Downloads
{
    /// <summary>Today in Asia/Shanghai (UTC+8), as file names write it.</summary>
    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    public static void AssertNames(HttpResponseMessage response, string asciiName, string chineseName)
    {
        var header = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        Assert.StartsWith($"attachment; filename=\"{asciiName}\"; filename*=UTF-8''", header, StringComparison.Ordinal);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(asciiName, disposition.FileName);
        Assert.Equal(chineseName, disposition.FileNameStar);
    }
}
