namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>What a <see cref="PdfOp"/> draws.</summary>
internal enum PdfOpKind
{
    Text,
    Frame,
    Fill,
    Chart,
}
