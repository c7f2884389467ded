namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>How much one feature moved a target's score (ML.NET feature contribution; positive raises the risk), and the target's value of it.</summary>
public sealed record FeatureContribution(string Feature, double Contribution, string Value);
