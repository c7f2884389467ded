using DoubleRandom.Application.Evaluation.Facts;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>The Chinese names of the keys of the report's dimensions (from the facts' labels; the key itself when none).</summary>
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
        : dimension == Tier && key == NoTier ? "未定级" : key;

    /// <summary>The Chinese name of a dimension.</summary>
    public static string DimensionName(string dimension) => dimension switch
    {
        Tier => "风险等级",
        Region => "地市",
        Industry => "行业",
        _ => dimension,
    };
}
