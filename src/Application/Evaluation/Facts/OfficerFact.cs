namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One officer eligible in at least one of the period's sealed draws: how many draws listed them as eligible, how many times they were drawn into a group, the expected number (Σ over those draws of group places / eligible officers), and the targets of their groups.</summary>
public sealed record OfficerFact(Guid OfficerId, string Number, string Name, string UnitName, int EligibleDraws, int TimesDrawn, double Expected, long Targets);
