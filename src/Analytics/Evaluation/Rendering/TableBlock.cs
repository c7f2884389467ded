namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>A table: header, rows of printed cells, and each column's relative width (numbers right-aligned from column <see cref="NumericFrom"/> on).</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<float> Widths, int NumericFrom) : ReportBlock;
