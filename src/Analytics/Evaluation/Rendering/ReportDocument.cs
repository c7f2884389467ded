namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>The report laid out in blocks: the title, the lines under it, the blocks in order, and the footer every PDF page carries (with its page n/N).</summary>
public sealed record ReportDocument(string Title, IReadOnlyList<string> Subtitle, IReadOnlyList<ReportBlock> Blocks, string Footer);
