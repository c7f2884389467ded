namespace DoubleRandom.Application.Evaluation;

/// <summary>The document formats of a report.</summary>
public enum ReportFormat
{
    Pdf,
    Html,
}
