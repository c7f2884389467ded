using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// Computes the report's model from its facts (see <see cref="IEvaluationReportBuilder"/>): every section from the
/// facts alone (the header passes through; "now" is the header's generation time), then the summary's headline figures
/// and findings from the sections. Pure and deterministic: every list is ordered by its keys, every text formatted
/// culture-invariantly. An empty period or scope gives sections without data and a summary that says so.
/// </summary>
public sealed class EvaluationReportBuilder : IEvaluationReportBuilder
{
    public const string Schema = "er-1";

    public EvaluationReport Build(EvaluationFacts facts, ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(header);
        var period = ReportPeriod.Of(facts, header);
        var labels = new ReportLabels(facts.Labels);
        var samples = period.Samples(facts);
        var estimates = InterimSections.Estimates(facts, samples, labels);
        var sections = new ReportSections(
            samples.Count,
            ReportText.Share(samples.Count(s => s.Problem), samples.Count),
            CoverageSectionBuilder.Build(facts, labels),
            HitRateSectionBuilder.Build(samples, facts.Items, labels, estimates.Overall?.Hajek?.Estimate),
            estimates,
            TrendSectionBuilder.Build(facts, period),
            FollowUpSectionBuilder.Build(facts.FollowUps, period),
            PublicationSectionBuilder.Build(facts.Publications, period),
            InterimSections.Fairness(facts),
            ModelSectionBuilder.Build(facts.Model));
        return new EvaluationReport(
            Schema, header, SummaryBuilder.Build(sections), sections.Coverage, sections.HitRates, sections.Estimates, sections.Trends,
            sections.FollowUps, sections.Publication, sections.Fairness, sections.Model);
    }
}
