namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>A heading: level 1 opens a section (a new page in the PDF), level 2 a part of one.</summary>
public sealed record HeadingBlock(string Text, int Level) : ReportBlock;
