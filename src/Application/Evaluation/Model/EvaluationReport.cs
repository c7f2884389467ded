namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>The one computed model of an evaluation report: the JSON the API returns, and what the PDF and the HTML are rendered from (the same numbers in both). Schema "er-1". Every section says whether it has data and, when not, why (NoDataReason, Chinese).</summary>
public sealed record EvaluationReport(
    string Schema,
    ReportHeader Header,
    ReportSummary Summary,
    CoverageSection Coverage,
    HitRateSection HitRates,
    EstimateSection Estimates,
    TrendSection Trends,
    FollowUpSection FollowUps,
    PublicationSection Publication,
    FairnessSection Fairness,
    ModelSection Model);
