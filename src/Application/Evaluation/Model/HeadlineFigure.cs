namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One headline figure: a stable key (e.g. inspections, naiveHitRate, hajekRate, onTimeShare), its label, its value and the value as printed (the same string in the PDF and the HTML, e.g. "12.34%").</summary>
public sealed record HeadlineFigure(string Key, string Label, double? Value, string Display);
