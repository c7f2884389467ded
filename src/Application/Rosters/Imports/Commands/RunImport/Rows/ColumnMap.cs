using DoubleRandom.Application.Common.Csv;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>Which file column holds which field, built from the header row.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _header = new(StringComparer.Ordinal);

    private ColumnMap()
    {
    }

    public List<string> Errors { get; } = [];

    public static ColumnMap Build(RosterColumn[] columns, string[] header)
    {
        var map = new ColumnMap();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().Trim('\uFEFF');
            if (name.Length == 0)
            {
                continue;
            }

            if (RosterColumns.Match(columns, name) is not { } column)
            {
                map.Errors.Add(ImportText.UnknownColumn(name));
            }
            else if (!map._index.TryAdd(column.Key, i))
            {
                map.Errors.Add(ImportText.DuplicateColumn(name));
            }
            else
            {
                map._header[column.Key] = name;
            }
        }

        foreach (var missing in columns.Where(c => c.Required && !map._index.ContainsKey(c.Key)))
        {
            map.Errors.Add(ImportText.MissingColumn($"{missing.Headers[0]} / {missing.Key}"));
        }

        return map;
    }

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? Get(string[] row, string key) => Cell(row, IndexOf(key));

    /// <summary>The file column of a field, -1 when the file has no such column: look it up once, not per row.</summary>
    public int IndexOf(string key) => _index.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The trimmed cell at a column from <see cref="IndexOf"/>, or null when the column is absent or the cell empty.</summary>
    public static string? Cell(string[] row, int index)
    {
        if (index < 0 || index >= row.Length)
        {
            return null;
        }

        // Our exports write a formula-like cell as '=…; like a spreadsheet, the apostrophe only marks it as text.
        var value = CsvCell.Restore(row[index].Trim());
        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The one text rule of every import, as for every other input of the service: a cell holding U+0000 is refused
    /// (PostgreSQL cannot store it). Adds an error per such cell of a known column; true when the row had one.
    /// </summary>
    public bool AddNulErrors(string[] row, long line, ICollection<RowError> errors)
    {
        var found = false;
        foreach (var (key, index) in _index)
        {
            if (index < row.Length && !Application.Common.Validation.TextRule.IsAllowed(row[index]))
            {
                errors.Add(new RowError(line, HeaderOf(key), Application.Common.Validation.TextRule.Message));
                found = true;
            }
        }

        return found;
    }

    /// <summary>The header as written in the file, for the report.</summary>
    public string HeaderOf(string key) => _header.GetValueOrDefault(key, key);
}
