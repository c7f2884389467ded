namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One officer: times drawn against expected, the ratio, and the targets of their groups.</summary>
public sealed record OfficerRow(Guid OfficerId, string Number, string Name, string UnitName, int TimesDrawn, double Expected, double? Ratio, long Targets);
