namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>How far a read has come through its file, for progress and an ETA without reading the file twice.</summary>
public sealed class ReadProgress
{
    /// <summary>The file's length in bytes; 0 until the read starts, and for XLSX (compressed, so not proportional).</summary>
    public long Length { get; private set; }

    public long BytesRead { get; private set; }

    /// <summary>Rows in the file, extrapolated from the rows read so far and the bytes they took; null when unknown.</summary>
    public long? EstimateRows(long rowsRead) =>
        Length > 0 && BytesRead > 0 ? Math.Max(rowsRead, (long)Math.Round(rowsRead * (double)Length / BytesRead)) : null;

    /// <summary>Set by the reader when it opens the file.</summary>
    public void Start(long length) => Length = length;

    /// <summary>Set by the reader as it goes.</summary>
    public void Update(long bytesRead) => BytesRead = bytesRead;
}
