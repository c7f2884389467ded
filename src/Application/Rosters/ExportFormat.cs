namespace DoubleRandom.Application.Rosters;

public enum ExportFormat
{
    Csv,
    Xlsx,
}
