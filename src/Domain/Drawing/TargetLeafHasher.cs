using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Merkle leaf hashes H(0x00 ‖ "T|code|stratum|weight") for a run of targets in snapshot order
/// (memory order: sorted order would miss the cache on every leaf), written straight into lane
/// blocks so no leaf string is ever built.
/// </summary>
internal static class TargetLeafHasher
{
    private const int MaxLeafBytes = 1 + 2 + 64 + 1 + 64 + 1 + 7;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Hash(TargetTable table, int first, int count, Span<uint> digests)
    {
        Span<byte> lanes = stackalloc byte[Sha256x8.Lanes * 64];
        Span<int> lengths = stackalloc int[Sha256x8.Lanes];
        Span<byte> scratch = stackalloc byte[MaxLeafBytes];
        Span<Vector256<uint>> block = stackalloc Vector256<uint>[16];
        Span<Vector256<uint>> state = stackalloc Vector256<uint>[8];
        Span<uint> rows = stackalloc uint[64];
        for (var start = 0; start < count; start += Sha256x8.Lanes)
        {
            var batch = Math.Min(Sha256x8.Lanes, count - start);
            var longMask = 0;
            lengths.Clear();
            for (var l = 0; l < batch; l++)
            {
                var index = first + start + l;
                var length = Write(table, index, scratch);
                if (length <= KeyedHash.MaxShortMessage)
                {
                    scratch[..length].CopyTo(lanes.Slice(l * 64, 64));
                    lengths[l] = length;
                }
                else
                {
                    longMask |= 1 << l;
                    var row = digests.Slice((start + l) * 8, 8);
                    Sha256Compression.InitialState.CopyTo(row);
                    Sha256Compression.Finish(row, 0, scratch[..length]);
                }
            }

            for (var l = 0; l < Sha256x8.Lanes; l++)
            {
                Sha256x8.PadInPlace(lanes.Slice(l * 64, 64), lengths[l], 0);
            }

            Sha256x8.LoadBlocks(lanes, block);
            Sha256x8.SetState(state, Sha256Compression.InitialState);
            Sha256x8.Compress(state, block);
            if (longMask == 0)
            {
                Sha256x8.StoreStates(state, digests.Slice(start * 8, batch * 8), batch);
            }
            else
            {
                Sha256x8.StoreStates(state, rows, Sha256x8.Lanes);
                for (var l = 0; l < batch; l++)
                {
                    if ((longMask & (1 << l)) == 0)
                    {
                        rows.Slice(l * 8, 8).CopyTo(digests.Slice((start + l) * 8, 8));
                    }
                }
            }
        }
    }

    /// <summary>Writes 0x00 ‖ T|code|stratum|weight; every character is ASCII by validation.</summary>
    private static int Write(TargetTable table, int index, Span<byte> destination)
    {
        var target = table.Targets[index];
        var code = target.Code;
        destination[0] = 0x00;
        destination[1] = (byte)'T';
        destination[2] = (byte)'|';
        var p = 3;
        foreach (var c in code)
        {
            destination[p++] = (byte)c;
        }

        destination[p++] = (byte)'|';
        var stratum = table.StratumBytes[table.StratumOf[index]];
        stratum.CopyTo(destination[p..]);
        p += stratum.Length;
        destination[p++] = (byte)'|';
        target.Weight.TryFormat(destination[p..], out var digits, default, CultureInfo.InvariantCulture);
        return p + digits;
    }
}
