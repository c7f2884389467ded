using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

public class KeyedHashTests
{
    private static readonly int[] KeyLengths = [0, 1, 16, 32, 63, 64, 65, 100, 200];

    [Fact]
    public void Keyed_hash_equals_HMACSHA256_for_keys_and_messages_of_every_length()
    {
        var random = new Random(20261126);
        foreach (var keyLength in KeyLengths)
        {
            var key = new byte[keyLength];
            random.NextBytes(key);
            var keyed = new KeyedHash(key);
            var mac = new byte[32];
            for (var length = 0; length <= 200; length++)
            {
                var message = new byte[length];
                random.NextBytes(message);

                keyed.Compute(message, mac);

                Assert.Equal(HMACSHA256.HashData(key, message), mac);
                Assert.Equal(
                    BinaryPrimitives.ReadUInt64BigEndian(mac),
                    keyed.FirstUInt64(message));
            }
        }
    }

    [Fact]
    public void Eight_lane_keyed_hash_equals_HMACSHA256_for_every_short_length()
    {
        var random = new Random(7);
        var key = new byte[32];
        random.NextBytes(key);
        var keyed = new KeyedHash(key);
        var lanes = new byte[8 * 64];
        var lengths = new int[8];
        var words = new ulong[8];
        for (var round = 0; round <= KeyedHash.MaxShortMessage; round++)
        {
            var messages = new byte[8][];
            for (var l = 0; l < 8; l++)
            {
                lengths[l] = (round + (l * 7)) % (KeyedHash.MaxShortMessage + 1);
                messages[l] = new byte[lengths[l]];
                random.NextBytes(messages[l]);
                messages[l].CopyTo(lanes, l * 64);
            }

            keyed.FirstUInt64x8(lanes, lengths, words);

            for (var l = 0; l < 8; l++)
            {
                var expected = BinaryPrimitives.ReadUInt64BigEndian(HMACSHA256.HashData(key, messages[l]));
                Assert.Equal(expected, words[l]);
            }
        }
    }

    [Fact]
    public void Managed_compression_equals_SHA256_for_messages_of_every_length()
    {
        var random = new Random(11);
        var state = new uint[8];
        var digest = new byte[32];
        for (var length = 0; length <= 300; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Sha256Compression.InitialState.CopyTo(state);

            Sha256Compression.Finish(state, 0, message);
            Sha256Compression.WriteDigest(state, digest);

            Assert.Equal(SHA256.HashData(message), digest);
        }
    }

    [Fact]
    public void Batched_uniforms_equal_one_by_one_uniforms_for_short_and_long_labels()
    {
        var seed = new KeyedHash(Samples.Secret(9));
        var labels = Enumerable.Range(0, 70).Select(i => "A|" + new string('x', i) + "|检").ToList();

        var batched = Uniforms.Uniform(seed, labels);

        Assert.Equal(labels.Select(l => Uniforms.Uniform(seed, l)), batched);
    }

    [Fact]
    public void The_lane_by_lane_fallback_equals_the_vector_compression()
    {
        var random = new Random(13);
        var words = new uint[24];
        var vectorState = new Vector256<uint>[8];
        var block = new Vector256<uint>[16];
        for (var j = 0; j < 24; j++)
        {
            words[j] = (uint)random.NextInt64();
        }

        for (var j = 0; j < 8; j++)
        {
            vectorState[j] = Vector256.Create(words[j]) + Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
        }

        for (var j = 0; j < 16; j++)
        {
            block[j] = Vector256.Create(words[8 + j]) * Vector256.Create(1u, 3, 5, 7, 9, 11, 13, 15);
        }

        var fallbackState = (Vector256<uint>[])vectorState.Clone();
        Sha256x8.CompressLaneByLane(fallbackState, block);
        Sha256x8.Compress(vectorState, (Vector256<uint>[])block.Clone());

        Assert.Equal(vectorState, fallbackState);
    }

    [Fact]
    public void Uniforms_lie_strictly_inside_the_unit_interval()
    {
        Assert.Equal(1.0 / 9007199254740992.0, Uniforms.ToUnitInterval(0));
        Assert.True(Uniforms.ToUnitInterval(ulong.MaxValue) < 1.0);
        Assert.Equal("3fe0000000000000", Uniforms.Hex64(0.5));
    }
}
