namespace DoubleRandom.Infrastructure.Rosters.Import;

public sealed class CsvCellTooLongException : Exception
{
    public CsvCellTooLongException()
        : base("A CSV cell is too long.")
    {
    }

    public CsvCellTooLongException(string message)
        : base(message)
    {
    }

    public CsvCellTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
