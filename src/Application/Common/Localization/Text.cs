using System.Globalization;

namespace DoubleRandom.Application.Common.Localization;

/// <summary>User-facing text is Chinese first; English when the request asked for it (Accept-Language: en).</summary>
public static class Text
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Of(string chinese, string english) => IsEnglish ? english : chinese;
}
