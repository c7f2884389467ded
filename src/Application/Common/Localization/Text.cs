using System.Globalization;

namespace DoubleRandom.Application.Common.Localization;

/// <summary>
/// User-facing text is Chinese first; English when the request prefers it (Accept-Language: en, q-values honoured:
/// the culture is chosen per request by <c>DoubleRandom.Api.Hosting.AcceptLanguageProvider</c>).
/// </summary>
public static class Text
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Of(string chinese, string english) => IsEnglish ? english : chinese;
}
