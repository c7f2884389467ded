namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>One drawing operation of a laid-out PDF page (points from the top left; text at its baseline).</summary>
internal readonly record struct PdfOp(PdfOpKind Kind, float X, float Y, float Width, float Height, float Size = 0, string? Text = null, ReportChart? Chart = null, uint Color = 0xFF000000);
