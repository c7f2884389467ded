using System.Text;

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

/// <summary>
/// RFC 4180 records from a text stream, one at a time: commas, double-quoted cells with "" escapes and line
/// breaks inside, CRLF or LF. A cell longer than the bound stops the read (memory stays bounded).
/// </summary>
public sealed class CsvRecordParser(TextReader reader, int maxCellLength)
{
    private readonly StringBuilder _cell = new();
    private readonly List<string> _cells = [];

    /// <summary>The next record, or null at the end of the stream.</summary>
    public string[]? Read()
    {
        _cells.Clear();
        _cell.Clear();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any)
                {
                    return null;
                }

                _cells.Add(_cell.ToString());
                return [.. _cells];
            }

            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when _cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    _cells.Add(_cell.ToString());
                    _cell.Clear();
                    break;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    _cells.Add(_cell.ToString());
                    return [.. _cells];
                case '\n':
                    _cells.Add(_cell.ToString());
                    return [.. _cells];
                default:
                    Append((char)c);
                    break;
            }
        }
    }

    private void Append(char c)
    {
        if (_cell.Length >= maxCellLength)
        {
            throw new CsvCellTooLongException();
        }

        _cell.Append(c);
    }
}
