using System.Buffers.Binary;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// UUIDv7 ids (RFC 9562) for one import, in increasing order: the Unix time in milliseconds when the import
/// started, 12 random bits, then a 62-bit counter that starts at a random point (RFC 9562 §6.2, method 1). Rows
/// then reach the primary key in order, as appends rather than random inserts, and no id costs a call for OS
/// randomness (<see cref="Guid.CreateVersion7()"/> makes one per id). Another generator in the same millisecond
/// would have to draw the same 12 bits and a start within a million of this one's: about 1 in 10^16.
/// </summary>
internal sealed class UuidSequence
{
    private readonly long _unixMilliseconds;
    private readonly ushort _randA;
    private ulong _counter;

    public UuidSequence(DateTime utc)
    {
        _unixMilliseconds = new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
        Span<byte> random = stackalloc byte[10];
        System.Security.Cryptography.RandomNumberGenerator.Fill(random);
        _randA = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(random) & 0x0FFF);
        // The counter starts in the lower half of its 62 bits, so that it cannot run over in any import.
        _counter = BinaryPrimitives.ReadUInt64BigEndian(random[2..]) & ((1UL << 61) - 1);
    }

    public void Next(Span<byte> id)
    {
        BinaryPrimitives.WriteInt64BigEndian(id, (_unixMilliseconds << 16) | 0x7000 | _randA);
        BinaryPrimitives.WriteUInt64BigEndian(id[8..], (0b10UL << 62) | _counter++);
    }

}
