using System.IO.Compression;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Inspects an XLSX before MiniExcel reads it, because MiniExcel holds a shared string, a cell or a tag whole in memory
/// and inflates whatever the zip holds. The zip's declared sizes are checked first (cheap, at upload), then the parts
/// are inflated with their bytes counted as they come (.NET stops a part at its declared size, and a part that gave
/// more would be refused, so the sizes MiniExcel trusts are true), and the XML is scanned byte by byte without parsing it: no tag longer than
/// 1 MiB, no run of text longer than a cell may be, no shared string longer than a cell, the shared strings together
/// and the rows of a sheet within their limits. Memory stays one 64 KiB buffer whatever the file holds.
/// </summary>
internal static class XlsxGuard
{
    private const int MaxEntries = 10_000;
    private const int MaxTagBytes = 1 << 20;

    /// <summary>XML text can spend up to 10 bytes on a character (<c>&amp;#x10FFFF;</c>); a cell's bound in bytes allows for it.</summary>
    private const int MaxBytesPerChar = 10;

    /// <param name="wholeSheets">
    /// False at upload: every part but the worksheets is scanned, and a worksheet only up to its second row (the
    /// header is all the upload reads). True before the rows are read: everything, to the end.
    /// </param>
    public static void Check(string path, ImportLimits limits, bool wholeSheets)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new RosterFileException(1, ImportText.NotASpreadsheet);
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new RosterFileException(1, ImportText.NotASpreadsheet);
            }

            var declared = 0L;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > limits.MaxXlsxUncompressedBytes)
                {
                    throw new RosterFileException(1, ImportText.XlsxTooLarge(limits.MaxXlsxUncompressedBytes));
                }
            }

            var buffer = new byte[1 << 16];
            var inflated = 0L;
            foreach (var entry in zip.Entries)
            {
                inflated = Inflate(entry, buffer, inflated, limits, wholeSheets);
            }
        }
    }

    private static long Inflate(ZipArchiveEntry entry, byte[] buffer, long inflated, ImportLimits limits, bool wholeSheets)
    {
        var name = entry.FullName;
        var xml = name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        var sheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
        var scanner = new XmlScanner(limits, sharedStrings: name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase), sheet);
        var bytes = 0L;
        try
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                bytes += read;
                inflated += read;
                if (inflated > limits.MaxXlsxUncompressedBytes)
                {
                    throw new RosterFileException(1, ImportText.XlsxTooLarge(limits.MaxXlsxUncompressedBytes));
                }

                if (bytes > entry.Length)
                {
                    // The header said less: whatever reads the part next would trust a size that is not true.
                    throw new RosterFileException(1, ImportText.NotASpreadsheet);
                }

                if (xml)
                {
                    scanner.Feed(buffer.AsSpan(0, read));
                    if (sheet && !wholeSheets && scanner.Rows >= 2)
                    {
                        return inflated;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw new RosterFileException(1, ImportText.NotASpreadsheet);
        }

        return inflated;
    }

    /// <summary>A byte-level walk over XML: tags and text runs, without building either.</summary>
    private sealed class XmlScanner(ImportLimits limits, bool sharedStrings, bool sheet)
    {
        private readonly long _maxText = (long)limits.MaxCellChars * MaxBytesPerChar;
        private readonly byte[] _name = new byte[8];
        private bool _inTag;
        private long _tagBytes;
        private int _nameLength;
        private bool _nameDone;
        private long _textRun;
        private bool _inString;
        private long _stringBytes;
        private long _sharedBytes;

        public long Rows { get; private set; }

        public void Feed(ReadOnlySpan<byte> data)
        {
            foreach (var b in data)
            {
                if (_inTag)
                {
                    Tag(b);
                }
                else if (b == (byte)'<')
                {
                    (_inTag, _tagBytes, _nameLength, _nameDone, _textRun) = (true, 0, 0, false, 0);
                }
                else
                {
                    Text();
                }
            }
        }

        private void Text()
        {
            if (++_textRun > _maxText)
            {
                throw new RosterFileException(Math.Max(Rows, 1),
                    sharedStrings ? ImportText.SharedStringTooLong(limits.MaxCellChars) : ImportText.CellTooLong(limits.MaxCellChars));
            }

            if (!sharedStrings)
            {
                return;
            }

            if (++_sharedBytes > limits.MaxSharedStringsBytes)
            {
                throw new RosterFileException(1, ImportText.SharedStringsTooLarge(limits.MaxSharedStringsBytes));
            }

            if (_inString && ++_stringBytes > _maxText)
            {
                // One string split into many short runs (<r><t>…</t></r>…) is still one cell.
                throw new RosterFileException(1, ImportText.SharedStringTooLong(limits.MaxCellChars));
            }
        }

        private void Tag(byte b)
        {
            if (++_tagBytes > MaxTagBytes)
            {
                throw new RosterFileException(Math.Max(Rows, 1), ImportText.NotASpreadsheet);
            }

            if (b == (byte)'>')
            {
                _inTag = false;
                EndTag();
                return;
            }

            if (_nameDone)
            {
                return;
            }

            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/')
            {
                if (b == (byte)'/' && _nameLength == 0)
                {
                    _name[_nameLength++] = b;   // a closing tag: "/si"
                }
                else
                {
                    _nameDone = true;
                }
            }
            else if (b == (byte)':')
            {
                _nameLength = _nameLength > 0 && _name[0] == (byte)'/' ? 1 : 0;   // a namespace prefix: keep the local name
            }
            else if (_nameLength == _name.Length)
            {
                _nameDone = true;   // longer than any name looked for: matches none
            }
            else
            {
                _name[_nameLength++] = b;
            }
        }

        private void EndTag()
        {
            var name = _name.AsSpan(0, _nameLength);
            if (sheet && name.SequenceEqual("row"u8))
            {
                // Rows after the header, plus the header: a sheet beyond the limit is refused before a row is read.
                if (++Rows > limits.MaxRows + 1)
                {
                    throw new RosterFileException(Rows, ImportText.TooManyRows(limits.MaxRows));
                }
            }
            else if (sharedStrings && name.SequenceEqual("si"u8))
            {
                (_inString, _stringBytes) = (true, 0);
            }
            else if (sharedStrings && name.SequenceEqual("/si"u8))
            {
                _inString = false;
            }
        }
    }
}
