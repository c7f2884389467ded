using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>The computed sections and the period's inspections and naive hit rate: what the summary and the findings read.</summary>
public sealed record ReportSections(
    long Inspections,
    double? NaiveRate,
    CoverageSection Coverage,
    HitRateSection HitRates,
    EstimateSection Estimates,
    TrendSection Trends,
    FollowUpSection FollowUps,
    PublicationSection Publication,
    FairnessSection Fairness,
    ModelSection Model);
