namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>A record beyond <see cref="CsvRecordParser.MaxRecordLength"/> characters.</summary>
public sealed class CsvRecordTooLongException : Exception
{
    public CsvRecordTooLongException()
        : base("A CSV record is too long.")
    {
    }

    public CsvRecordTooLongException(string message)
        : base(message)
    {
    }

    public CsvRecordTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
