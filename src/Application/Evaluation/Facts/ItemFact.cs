namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One inspection item in the period: times checked and times a problem was found (records and history alike; Code is the item's code or, for history, its ItemCode).</summary>
public sealed record ItemFact(string Code, string Name, long Checked, long Problems);
