namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>One feature's part in a target's score, as a person reads it.</summary>
/// <param name="Feature">The schema's feature name (e.g. <c>newBusiness</c>).</param>
/// <param name="Name">Its name in the request's language (e.g. 成立不满两年).</param>
/// <param name="Value">The target's value of it when scored.</param>
/// <param name="Contribution">How much it moved the score (model units; positive raises the risk).</param>
/// <param name="Sentence">The same in plain words, e.g. 成立不满两年，风险上升.</param>
public sealed record RiskContributionDto(string Feature, string Name, string Value, double Contribution, bool RaisesRisk, string Sentence);
