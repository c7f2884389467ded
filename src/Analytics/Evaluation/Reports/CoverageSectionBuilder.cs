using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>Coverage: population, drawn and inspected per tier, region and industry, and each task against the ratio it set.</summary>
public static class CoverageSectionBuilder
{
    public const string NoDataReason = "本期范围内没有检查对象，也没有抽查任务。";

    private static readonly string[] Dimensions = [ReportLabels.Tier, ReportLabels.Region, ReportLabels.Industry];

    public static CoverageSection Build(EvaluationFacts facts, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(labels);
        var rows = Dimensions
            .SelectMany(d => facts.Population.Where(p => p.Dimension == d).OrderBy(p => p.Key, StringComparer.Ordinal))
            .Select(p => new CoverageRow(
                p.Dimension, p.Key, labels.Of(p.Dimension, p.Key), p.Population, p.Drawn, p.Inspected,
                ReportText.Share(p.Drawn, p.Population), ReportText.Share(p.Inspected, p.Population)))
            .ToList();
        var tasks = facts.Tasks
            .OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.TaskId)
            .Select(t => new TaskCoverageRow(
                t.TaskId, t.Name, t.RatioBp / 10000.0, t.Population, t.Drawn, t.Inspected,
                ReportText.Share(t.Drawn, t.Population), ReportText.Share(t.Inspected, t.Population), t.Weighting))
            .ToList();
        var hasData = rows.Any(r => r.Population > 0 || r.Drawn > 0) || tasks.Count > 0;
        return new CoverageSection(hasData ? ReportText.Data() : ReportText.NoData(NoDataReason), hasData ? rows : [], hasData ? tasks : []);
    }

    /// <summary>Tasks that inspected fewer targets than their set ratio of the population asks for (⌊ratio × N⌋).</summary>
    public static IReadOnlyList<TaskCoverageRow> BelowSetRatio(CoverageSection coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return [.. coverage.Tasks.Where(t => t.SetRatio is { } r && t.Inspected < Math.Floor(r * t.Population))];
    }
}
