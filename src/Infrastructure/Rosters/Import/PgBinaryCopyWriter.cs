using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, encoded straight into one buffer that is flushed to a stream (the raw
/// COPY stream of a connection, or a file). Npgsql's typed importer costs a type lookup and a call chain per value;
/// at a million rows of 17 values that was more client CPU than parsing the file.
/// </summary>
/// <remarks>
/// Formats (PostgreSQL's <c>*send</c>/<c>*recv</c> functions): text is UTF-8 (Npgsql sets client_encoding to UTF8);
/// <c>uuid</c> its 16 bytes in RFC 9562 order; <c>int4</c> big-endian; <c>date</c> days since 2000-01-01;
/// <c>timestamptz</c> microseconds since 2000-01-01 UTC; <c>numeric</c> base-10000 digits with weight, sign and scale.
/// </remarks>
internal sealed class PgBinaryCopyWriter(Stream stream)
{
    private const int FlushAt = 1 << 16;
    private static readonly DateOnly DateEpoch = new(2000, 1, 1);
    private static readonly long TimestampEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private byte[] _buffer = new byte[FlushAt * 2];
    private int _length;

    /// <summary>How many rows were written.</summary>
    public long Rows { get; private set; }

    /// <summary>The signature, flags and header extension that open a binary COPY stream.</summary>
    public void WriteHeader()
    {
        Ensure(19);
        // "PGCOPY\n\377\r\n\0", then flags (0) and the header extension length (0).
        ReadOnlySpan<byte> signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];
        signature.CopyTo(_buffer.AsSpan(_length));
        _length += 11;
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 0);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length + 4), 0);
        _length += 8;
    }

    public void StartRow(short fields)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), fields);
        _length += 2;
        Rows++;
    }

    public void Null()
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), -1);
        _length += 4;
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        Ensure(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), written);
        _length += 4 + written;
    }

    /// <summary>The next id of a <see cref="UuidSequence"/>: 16 bytes.</summary>
    public void Uuid(UuidSequence ids)
    {
        Ensure(20);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 16);
        ids.Next(_buffer.AsSpan(_length + 4, 16));
        _length += 20;
    }

    public void Int32(int? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        Ensure(8);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length + 4), v);
        _length += 8;
    }

    public void Date(DateOnly? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        Int32(v.DayNumber - DateEpoch.DayNumber);
    }

    public void Timestamp(DateTime utc)
    {
        Ensure(12);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length + 4), (utc.Ticks - TimestampEpochTicks) / 10);
        _length += 12;
    }

    /// <summary><c>numeric</c>: the decimal's digits in groups of four around the point, most significant first.</summary>
    public void Numeric(decimal? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        Span<char> text = stackalloc char[64];
        (decimal.Abs(v)).TryFormat(text, out var length, "0.############################", CultureInfo.InvariantCulture);
        text = text[..length];
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        if (integer is ['0'])
        {
            integer = [];
        }

        // Digit groups: the integer part padded on the left to a multiple of four, the fraction on the right.
        Span<short> digits = stackalloc short[16];
        var count = 0;
        var lead = (4 - (integer.Length % 4)) % 4;
        for (var i = -lead; i < integer.Length; i += 4)
        {
            digits[count++] = Group(integer, i);
        }

        var weight = count - 1;
        for (var i = 0; i < fraction.Length; i += 4)
        {
            digits[count++] = Group(fraction, i);
        }

        // Leading zero groups lower the weight; trailing ones are dropped (PostgreSQL stores them stripped).
        var first = 0;
        while (first < count && digits[first] == 0)
        {
            first++;
            weight--;
        }

        while (count > first && digits[count - 1] == 0)
        {
            count--;
        }

        var n = count - first;
        Ensure(4 + 8 + (2 * n));
        var span = _buffer.AsSpan(_length);
        BinaryPrimitives.WriteInt32BigEndian(span, 8 + (2 * n));
        BinaryPrimitives.WriteInt16BigEndian(span[4..], (short)n);
        BinaryPrimitives.WriteInt16BigEndian(span[6..], (short)(n == 0 ? 0 : weight));
        BinaryPrimitives.WriteInt16BigEndian(span[8..], (short)(v < 0 && n > 0 ? 0x4000 : 0));
        BinaryPrimitives.WriteInt16BigEndian(span[10..], (short)fraction.Length);
        for (var i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(span[(12 + (2 * i))..], digits[first + i]);
        }

        _length += 12 + (2 * n);
    }

    /// <summary>Four decimal digits from <paramref name="start"/> (positions outside the text count as 0).</summary>
    private static short Group(ReadOnlySpan<char> digits, int start)
    {
        var group = 0;
        for (var i = start; i < start + 4; i++)
        {
            group = (group * 10) + (i >= 0 && i < digits.Length ? digits[i] - '0' : 0);
        }

        return (short)group;
    }

    /// <summary>Writes the buffer out once it holds a block; call between rows.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken ct)
    {
        if (_length >= FlushAt)
        {
            await FlushAsync(ct);
        }
    }

    /// <summary>The trailer, and everything still buffered.</summary>
    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        await FlushAsync(ct);
    }

    /// <summary>Only the rows (no header, no trailer) to another stream: rows spilled to a file join a COPY later.</summary>
    public async ValueTask FlushAsync(CancellationToken ct)
    {
        await stream.WriteAsync(_buffer.AsMemory(0, _length), ct);
        _length = 0;
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
