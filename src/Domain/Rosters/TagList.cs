namespace DoubleRandom.Domain.Rosters;

/// <summary>
/// Short lists (departments, tags) stored in one column as <c>|a|b|</c>: "has tag x" is then a plain
/// <c>LIKE '%|x|%'</c> that both databases run (and PostgreSQL serves from a trigram index), and a
/// bulk import writes one text value per row.
/// </summary>
public static class TagList
{
    public const char Separator = '|';

    public static string Join(IEnumerable<string>? values)
    {
        var distinct = (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? string.Empty : $"|{string.Join(Separator, distinct)}|";
    }

    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The pattern that finds one value in a stored list.</summary>
    public static string Pattern(string value) => $"%|{value}|%";
}
