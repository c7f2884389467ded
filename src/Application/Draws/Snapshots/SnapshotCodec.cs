using System.IO.Compression;
using System.Text;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// Sorted leaves, one per line, gzip-compressed: the frozen form of a snapshot. Leaves never hold a
/// newline (DR1's character class), so the lines split back into exactly the leaves that were hashed.
/// </summary>
public static class SnapshotCodec
{
    public static byte[] Encode(List<string> leaves)
    {
        leaves.Sort(StringComparer.Ordinal);
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 16))
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write('\n');
                }

                writer.Write(leaves[i]);
            }
        }

        return output.ToArray();
    }

    public static List<string> Decode(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var leaves = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            leaves.Add(line);
        }

        return leaves;
    }
}
