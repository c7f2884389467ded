using System.Buffers;

namespace DoubleRandom.Domain.Drawing;

/// <summary>One piece of a body read into memory, linked to the next as a <see cref="ReadOnlySequence{T}"/>.</summary>
internal sealed class Chunk : ReadOnlySequenceSegment<byte>
{
    private const int Size = 1 << 20;

    private Chunk(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    public static async Task<ReadOnlySequence<byte>> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        Chunk? first = null, last = null;
        long total = 0;
        while (true)
        {
            var buffer = new byte[Size];
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            if (filled > 0)
            {
                var chunk = new Chunk(buffer.AsMemory(0, filled), total);
                total += filled;
                if (last is null)
                {
                    first = chunk;
                }
                else
                {
                    last.Next = chunk;
                }

                last = chunk;
            }

            if (filled < buffer.Length)
            {
                return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
            }
        }
    }
}
