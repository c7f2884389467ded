using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// RFC 4180 records from the bytes of a file, one at a time: commas, double-quoted cells with "" escapes and line
/// breaks inside, CRLF or LF. A cell longer than the bound stops the read (memory stays bounded).
/// </summary>
/// <remarks>
/// The bytes are decoded a block at a time into a window of characters that is scanned with vectorised searches;
/// a record that does not end inside the window is parsed again after the window is refilled. UTF-8 is decoded
/// with <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/>, which stops at
/// the exact invalid byte: the records before it are returned and the record holding it throws
/// <see cref="DecoderFallbackException"/>. Other encodings go through their decoder in 1 KiB steps, so a decoding
/// error surfaces within a few records of the bad bytes.
/// </remarks>
public sealed class CsvRecordParser : IDisposable
{
    private const int ByteBlock = 1 << 16;
    private const int DecoderStep = 1024;

    /// <summary>A record is bounded too (a million empty cells is no roster): 4 Mi characters.</summary>
    public const int MaxRecordLength = 1 << 22;

    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");

    private readonly Stream _stream;
    private readonly Decoder? _decoder;
    private readonly int _maxCellLength;
    private readonly byte[] _bytes = new byte[ByteBlock];
    private readonly List<string> _cells = [];
    private readonly StringBuilder _slow = new();
    private char[] _chars = new char[ByteBlock];
    private int _byteStart;
    private int _byteEnd;
    private int _pos;
    private int _end;
    private bool _streamDone;
    private bool _charsDone;
    private bool _invalid;

    public CsvRecordParser(Stream stream, Encoding encoding, int maxCellLength)
    {
        _stream = stream;
        _maxCellLength = maxCellLength;
        // Strict UTF-8 takes the fast path; any other encoding (GB18030) its own decoder, throwing on bad bytes.
        _decoder = encoding is UTF8Encoding ? null : encoding.GetDecoder();
    }

    /// <summary>The bytes decoded so far (a little ahead of the records returned): progress without a second read.</summary>
    public long BytesRead => _stream.Position - (_byteEnd - _byteStart);

    /// <summary>The next record, or null at the end of the stream.</summary>
    public string[]? Read()
    {
        while (true)
        {
            var result = TryParse(_charsDone);
            if (result != ParseResult.NeedMore)
            {
                return result == ParseResult.End ? null : [.. _cells];
            }

            if (!Fill())
            {
                if (_invalid)
                {
                    throw new DecoderFallbackException("The bytes are not valid in this encoding.");
                }

                _charsDone = true;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    private enum ParseResult
    {
        Record,
        End,
        NeedMore,
    }

    /// <summary>One record from <see cref="_pos"/>; on <see cref="ParseResult.NeedMore"/> nothing is consumed.</summary>
    private ParseResult TryParse(bool final)
    {
        _cells.Clear();
        var chars = _chars;
        var p = _pos;
        if (p == _end)
        {
            return final ? ParseResult.End : ParseResult.NeedMore;
        }

        while (true)
        {
            CellEnd? end = null;
            // Fast path: an unquoted cell without quotes ends at the first comma or line break.
            if (p < _end && chars[p] != '"')
            {
                var run = chars.AsSpan(p, _end - p);
                var i = run.IndexOfAny(Special);
                if (i < 0)
                {
                    if (run.Length > _maxCellLength)
                    {
                        throw new CsvCellTooLongException();
                    }

                    if (!final)
                    {
                        return ParseResult.NeedMore;
                    }

                    _cells.Add(new string(run));
                    _pos = _end;
                    return ParseResult.Record;
                }

                if (run[i] != '"')
                {
                    if (i > _maxCellLength)
                    {
                        throw new CsvCellTooLongException();
                    }

                    _cells.Add(i == 0 ? string.Empty : new string(run[..i]));
                    p += i;
                    end = EndOfCell(ref p, final);
                }
            }

            // Slow path: quoted cells, and quotes inside a cell, character by character.
            end ??= SlowCell(ref p, final);

            if (end == CellEnd.Record)
            {
                _pos = p;
                return ParseResult.Record;
            }

            if (end == CellEnd.NeedMore)
            {
                return ParseResult.NeedMore;
            }
        }
    }

    private enum CellEnd
    {
        Next,
        Record,
        NeedMore,
    }

    /// <summary>At a comma or line break (or the end of the data): step over it.</summary>
    private CellEnd EndOfCell(ref int p, bool final)
    {
        if (p == _end)
        {
            return final ? CellEnd.Record : CellEnd.NeedMore;
        }

        switch (_chars[p])
        {
            case ',':
                p++;
                if (p == _end && final)
                {
                    // "a," at the very end: the record has a last, empty cell.
                    _cells.Add(string.Empty);
                    return CellEnd.Record;
                }

                return CellEnd.Next;
            case '\r':
                if (p + 1 == _end && !final)
                {
                    return CellEnd.NeedMore;
                }

                p += p + 1 < _end && _chars[p + 1] == '\n' ? 2 : 1;
                return CellEnd.Record;
            default:
                p++;
                return CellEnd.Record;
        }
    }

    /// <summary>The state machine of a cell that starts with a quote or holds one: "" is a quote, anything goes inside quotes.</summary>
    private CellEnd SlowCell(ref int p, bool final)
    {
        var cell = _slow.Clear();
        var quoted = false;
        var chars = _chars;
        while (true)
        {
            if (p == _end)
            {
                if (!final)
                {
                    return CellEnd.NeedMore;
                }

                _cells.Add(cell.ToString());
                return CellEnd.Record;
            }

            var c = chars[p];
            if (quoted)
            {
                if (c == '"')
                {
                    if (p + 1 == _end && !final)
                    {
                        return CellEnd.NeedMore;
                    }

                    if (p + 1 < _end && chars[p + 1] == '"')
                    {
                        Append(cell, '"');
                        p += 2;
                    }
                    else
                    {
                        quoted = false;
                        p++;
                    }

                    continue;
                }

                var run = chars.AsSpan(p, _end - p);
                var next = run.IndexOf('"');
                var length = next < 0 ? run.Length : next;
                if (cell.Length + length > _maxCellLength)
                {
                    throw new CsvCellTooLongException();
                }

                cell.Append(run[..length]);
                p += length;
                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                p++;
                continue;
            }

            if (c is ',' or '\r' or '\n')
            {
                _cells.Add(cell.ToString());
                return EndOfCell(ref p, final);
            }

            Append(cell, c);
            p++;
        }
    }

    private void Append(StringBuilder cell, char c)
    {
        if (cell.Length >= _maxCellLength)
        {
            throw new CsvCellTooLongException();
        }

        cell.Append(c);
    }

    /// <summary>Keeps the unparsed characters, decodes more behind them; false when nothing more can be decoded.</summary>
    private bool Fill()
    {
        var keep = _end - _pos;
        if (keep > MaxRecordLength)
        {
            throw new CsvRecordTooLongException();
        }

        if (_pos > 0)
        {
            Array.Copy(_chars, _pos, _chars, 0, keep);
            (_pos, _end) = (0, keep);
        }

        if (_chars.Length - _end < DecoderStep * 4)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        while (true)
        {
            if (_byteStart == _byteEnd && !_streamDone && !_invalid)
            {
                _byteStart = 0;
                _byteEnd = _stream.Read(_bytes, 0, _bytes.Length);
                _streamDone = _byteEnd == 0;
            }

            var before = _end;
            if (!_invalid)
            {
                Decode();
            }

            if (_end > before)
            {
                return true;
            }

            if (_invalid || (_streamDone && _byteStart == _byteEnd))
            {
                return false;
            }
        }
    }

    private void Decode()
    {
        var source = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        var target = _chars.AsSpan(_end);
        if (_decoder is null)
        {
            var status = Utf8.ToUtf16(source, target, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _streamDone);
            _byteStart += read;
            _end += written;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                _invalid = true;
            }
            else if (status == System.Buffers.OperationStatus.NeedMoreData && !_streamDone)
            {
                // An unfinished sequence at the end of the block: carry it over to the next read.
                source[read..].CopyTo(_bytes);
                (_byteStart, _byteEnd) = (0, source.Length - read);
                var more = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
                _byteEnd += more;
                _streamDone = more == 0;
            }

            return;
        }

        var step = source[..Math.Min(source.Length, DecoderStep)];
        try
        {
            _decoder.Convert(step, target, _streamDone && step.Length == source.Length, out var used, out var produced, out _);
            _byteStart += used;
            _end += produced;
        }
        catch (DecoderFallbackException)
        {
            _invalid = true;
        }
    }
}
