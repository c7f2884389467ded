using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Domain.Publication;

/// <summary>
/// The SHA-256 (lower-case hex) of a task's published rows in canonical order — by target code, then item id (ordinal) —
/// each row one line of its public fields (target code, name and kind, item id and name, category code and Chinese name,
/// inspected, published and corrected dates in ISO form, authority) separated by U+001F, UTF-8, each line ended by
/// <c>\n</c>. Anyone holding the rows (the archive's <c>publication/results.csv</c>, the export) can recompute it.
/// </summary>
public static class PublishedResultsDigest
{
    public static string Of(IEnumerable<PublishedResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return OfLines(rows.Select(Keyed));
    }

    /// <summary>The digest of rows already turned into lines with their sort keys (<see cref="Keyed"/>), in any order.</summary>
    public static string OfLines(IEnumerable<(string TargetCode, string ItemId, string Line)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, _, line) in lines.OrderBy(l => l.TargetCode, StringComparer.Ordinal).ThenBy(l => l.ItemId, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>One row's canonical line with its sort keys (target code, item id).</summary>
    public static (string TargetCode, string ItemId, string Line) Keyed(PublishedResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (row.TargetCode, row.ItemId.ToString(), Line(row));
    }

    /// <summary>The canonical line of one row, <c>\n</c> included.</summary>
    public static string Line(PublishedResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string[] fields =
        [
            row.TargetCode, row.TargetName, row.TargetKind.ToString(), row.ItemId.ToString(), row.ItemName,
            row.ResultCategoryCode, row.ResultCategoryNameZh, Date(row.InspectedOn), Date(row.PublishedOn),
            row.CorrectedOn is { } corrected ? Date(corrected) : string.Empty, row.Authority,
        ];
        return string.Join('\u001f', fields) + "\n";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
