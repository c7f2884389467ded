namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>One piece of the laid-out report (a heading, a paragraph, a table, a chart): the PDF and the HTML render the same blocks.</summary>
public abstract record ReportBlock;
