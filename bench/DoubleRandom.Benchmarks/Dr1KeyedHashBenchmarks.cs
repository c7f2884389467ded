using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Benchmarks;

/// <summary>One uniform label "T|A|{18-char code}" under the seed: BCL HMAC vs the precomputed-pad keyed hash.</summary>
[MemoryDiagnoser]
public class Dr1KeyedHashBenchmarks
{
    private readonly byte[] key = [.. Enumerable.Range(0, 32).Select(i => (byte)(i * 7))];
    private readonly byte[] label = "T|A|91640100MA76XXXX1A"u8.ToArray();
    private readonly byte[] lanes = new byte[8 * 64];
    private readonly int[] lengths = new int[8];
    private readonly ulong[] words = new ulong[8];
    private readonly byte[] mac = new byte[32];
    private KeyedHash keyed = null!;

    [GlobalSetup]
    public void Setup()
    {
        keyed = new KeyedHash(key);
        for (var l = 0; l < 8; l++)
        {
            lengths[l] = label.Length;
        }
    }

    [Benchmark(Baseline = true)]
    public int Dr1HmacSha256HashData() => HMACSHA256.HashData(key, label, mac);

    [Benchmark]
    public ulong Dr1KeyedHashScalar() => keyed.FirstUInt64(label);

    /// <summary>Eight labels per call: divide by 8 for the cost per label.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public ulong Dr1KeyedHashEightLanes()
    {
        for (var l = 0; l < 8; l++)
        {
            label.CopyTo(lanes, l * 64);
        }

        keyed.FirstUInt64x8(lanes, lengths, words);
        return words[7];
    }
}
