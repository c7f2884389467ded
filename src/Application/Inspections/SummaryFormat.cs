namespace DoubleRandom.Application.Inspections;

/// <summary>The files a summary is exported as.</summary>
public enum SummaryFormat
{
    Pdf,
    Xlsx,
}
