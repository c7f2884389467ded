using DoubleRandom.Application.Rosters.Reference;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// Chinese names of the keys the facts use: the tiers (A–D, U, always), the prefectures (Ningxia divisions reference data)
/// and GB/T 4754 sections that occur in the population or the samples; <see cref="NoIndustry"/> for targets without one.
/// </summary>
internal static class FactLabels
{
    public const string NoIndustry = "-";

    public const string Unrated = "U";

    private static readonly (string Key, string Label)[] Tiers =
    [
        ("A", "A类（低风险）"), ("B", "B类（较低风险）"), ("C", "C类（较高风险）"), ("D", "D类（高风险）"), (Unrated, "未评级"),
    ];

    public static List<LabelFact> Of(IReferenceData reference, IEnumerable<string> regions, IEnumerable<string> industries)
    {
        var labels = new List<LabelFact>();
        foreach (var industry in industries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            labels.Add(new LabelFact("industry", industry, industry == NoIndustry ? "未分类" : reference.Section(industry)?.Name ?? industry));
        }

        var names = reference.Regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        foreach (var region in regions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            labels.Add(new LabelFact("region", region, names.GetValueOrDefault(region, region)));
        }

        labels.AddRange(Tiers.Select(t => new LabelFact("tier", t.Key, t.Label)));
        return labels;
    }

    /// <summary>The prefecture of a region code: its first four digits and "00".</summary>
    public static string Prefecture(string regionCode) => regionCode.Length >= 4 ? string.Concat(regionCode.AsSpan(0, 4), "00") : regionCode;
}
