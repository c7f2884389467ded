namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>How many data rows a CSV holds, estimated before reading it: its size over the average line of its first 64 KiB.</summary>
internal static class RowEstimate
{
    public static long? DataRows(string path)
    {
        if (RosterFileReader.IsXlsx(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        var head = new byte[1 << 16];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var span = head.AsSpan(0, length);
        var first = span.IndexOf((byte)'\n');
        var last = span.LastIndexOf((byte)'\n');
        var lines = first < 0 ? 0 : span[(first + 1)..(last + 1)].Count((byte)'\n');
        return lines == 0 ? null : (long)Math.Round((stream.Length - first - 1) / ((last - first) / (double)lines));
    }
}
