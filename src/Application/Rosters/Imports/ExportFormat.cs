namespace DoubleRandom.Application.Rosters.Imports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}
