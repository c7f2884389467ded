using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The request's language from Accept-Language, by quality: the most preferred language the service speaks
/// (Chinese or English, any region), equal qualities in the header's order, <c>q=0</c> meaning "not this one".
/// None spoken (or no header): Chinese, the default. Replaces ASP.NET Core's provider, which tries only the first
/// three values of the header and takes <c>q=0</c> as a wish.
/// </summary>
public sealed class AcceptLanguageProvider : RequestCultureProvider
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = Preferred(httpContext.Request.GetTypedHeaders().AcceptLanguage);
        return Task.FromResult(language is null ? null : new ProviderCultureResult(language));
    }

    /// <summary>The culture to answer in (<see cref="Chinese"/> or <see cref="English"/>), or null for the default.</summary>
    public static string? Preferred(IEnumerable<StringWithQualityHeaderValue> values) =>
        values.Where(v => (v.Quality ?? 1) > 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Spoken(v.Value.Value))
            .FirstOrDefault(language => language is not null);

    private static string? Spoken(string? tag) =>
        Is(tag, "zh") ? Chinese : Is(tag, "en") ? English : null;

    private static bool Is(string? tag, string language) =>
        tag is not null && (tag.Equals(language, StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase));
}
