namespace DoubleRandom.Application.Common.Fonts;

/// <summary>
/// Bounds checks for the font reader: every offset and length read from the file is checked against the bytes there
/// are, so a truncated or malformed font is an <see cref="InvalidDataException"/> naming the table, never an index error.
/// </summary>
internal static class FontBytes
{
    /// <summary><paramref name="length"/> bytes at <paramref name="offset"/> of <paramref name="data"/>, or an error naming <paramref name="what"/>.</summary>
    public static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, long offset, long length, string what)
    {
        Need(data, offset, length, what);
        return data.Slice((int)offset, (int)length);
    }

    /// <summary>Throws unless <paramref name="length"/> bytes at <paramref name="offset"/> lie inside <paramref name="data"/>.</summary>
    public static void Need(ReadOnlySpan<byte> data, long offset, long length, string what)
    {
        if (offset < 0 || length < 0 || offset + length > data.Length)
        {
            throw new InvalidDataException(
                $"The font is truncated or malformed: {what} needs {length} bytes at offset {offset}, but there are {data.Length}.");
        }
    }
}
