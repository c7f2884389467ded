using DoubleRandom.Application.Evaluation.Facts;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>The Chinese names of the keys of the report's dimensions (from the facts' labels; else 未定级 for a target without a tier — key "none" of samples, "U" of the population —, 行业未知 for industry "-", the key itself otherwise).</summary>
public sealed class ReportLabels
{
    public const string Tier = "tier";

    public const string Region = "region";

    public const string Industry = "industry";

    /// <summary>The key of targets without a tier.</summary>
    public const string NoTier = "none";

    private readonly Dictionary<(string Dimension, string Key), string> labels;

    public ReportLabels(IEnumerable<LabelFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        labels = [];
        foreach (var f in facts)
        {
            labels.TryAdd((f.Dimension, f.Key), f.Label);
        }
    }

    public string Of(string dimension, string key) => labels.TryGetValue((dimension, key), out var label)
        ? label
        : (dimension, key) switch
        {
            (Tier, NoTier or "U") => "未定级",
            (Industry, "-") => "行业未知",
            _ => key,
        };

    /// <summary>The Chinese name of a dimension.</summary>
    public static string DimensionName(string dimension) => dimension switch
    {
        Tier => "风险等级",
        Region => "地市",
        Industry => "行业",
        _ => dimension,
    };
}
