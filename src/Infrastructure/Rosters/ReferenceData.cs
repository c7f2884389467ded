using System.Globalization;
using System.Reflection;
using DoubleRandom.Application.Rosters.Reference;

namespace DoubleRandom.Infrastructure.Rosters;

/// <summary>The shipped reference lists (embedded CSV copies of the design material's reference data: Ningxia divisions, GB/T 4754-2017 sections), read once.</summary>
public sealed class ReferenceData : IReferenceData
{
    private readonly HashSet<string> _regionCodes;

    /// <summary>Lookups for the import's million rows: by letter, and by division (0–99).</summary>
    private readonly Dictionary<string, IndustrySectionDto> _sections;
    private readonly IndustrySectionDto?[] _sectionOfDivision;

    public ReferenceData()
    {
        Regions = ReadCsv("ningxia-divisions.csv")
            .Select(f => new RegionDto(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : null)).ToList();
        Industries = ReadCsv("gbt4754-2017-sections.csv").Select(f =>
        {
            var range = f[2].Split('-');
            var first = int.Parse(range[0], CultureInfo.InvariantCulture);
            return new IndustrySectionDto(f[0], f[1], first, range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first);
        }).ToList();
        _regionCodes = Regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        _sections = Industries.ToDictionary(i => i.Section, StringComparer.Ordinal);
        _sectionOfDivision = new IndustrySectionDto?[100];
        foreach (var section in Industries)
        {
            for (var division = Math.Max(0, section.FirstDivision); division <= Math.Min(99, section.LastDivision); division++)
            {
                _sectionOfDivision[division] ??= section;
            }
        }
    }

    public static ReferenceData Shared { get; } = new();

    public IReadOnlyList<RegionDto> Regions { get; }

    public IReadOnlyList<IndustrySectionDto> Industries { get; }

    public bool IsKnownRegion(string code) => _regionCodes.Contains(code);

    public IndustrySectionDto? Section(string section) => _sections.GetValueOrDefault(section);

    public IndustrySectionDto? SectionOfDivision(int division) => division is >= 0 and <= 99 ? _sectionOfDivision[division] : null;

    private static List<string[]> ReadCsv(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"DoubleRandom.Infrastructure.ReferenceData.{name}")
            ?? throw new InvalidOperationException($"Reference data {name} is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            rows.Add(SplitCsvLine(line));
        }

        return rows.Where(r => r.Length >= 2).ToList();
    }

    private static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return [.. fields];
    }
}
