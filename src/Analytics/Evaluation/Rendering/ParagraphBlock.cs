namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>A paragraph of text; Note prints smaller and grey (a method, a no-data reason).</summary>
public sealed record ParagraphBlock(string Text, bool Note = false) : ReportBlock;
