namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One sub-period's figures.</summary>
public sealed record TrendPoint(string Label, DateOnly From, DateOnly To, long Inspections, double? NaiveRate, ConfidenceInterval? Hajek, double? FollowUpClosureRate, double? PublicationOnTimeShare);
