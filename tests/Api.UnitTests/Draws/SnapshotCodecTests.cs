using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.UnitTests.Draws;

/// <summary>The stored form of a targets snapshot: written in parts on every core, read back as the one list of leaves.</summary>
public sealed class SnapshotCodecTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(300_001)]
    public void Targets_written_in_gzip_members_read_back_as_the_same_leaves_by_both_readers(int count)
    {
        var leaves = Enumerable.Range(0, count)
            .Select(i => new TargetLeaf($"9164{i:D14}", (i % 3) switch { 0 => "A", 1 => "B:6401", _ => "U" }, 1 + (i % 1000)))
            .OrderBy(t => t.ToString(), StringComparer.Ordinal)
            .ToArray();

        var encoded = SnapshotCodec.EncodeTargets(leaves);
        var data = encoded.Data;

        Assert.Equal(leaves, SnapshotCodec.DecodeTargets(data, count));
        Assert.Equal(leaves.Select(t => t.ToString()), SnapshotCodec.Decode(data));
        Assert.Equal(data, SnapshotCodec.EncodeTargets(leaves).Data);
        Assert.Equal((count + SnapshotCodec.MemberLeaves - 1) / SnapshotCodec.MemberLeaves, encoded.MemberIndex.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Any leaf is found in the one member the index names; a code that is not there is not found.
        foreach (var k in new[] { 0, 1, SnapshotCodec.MemberLeaves - 1, SnapshotCodec.MemberLeaves, count / 2, count - 1 }.Where(k => k >= 0 && k < count))
        {
            var (offset, length) = SnapshotCodec.MemberOf(encoded.MemberIndex, data.Length, leaves[k].Code)!.Value;
            Assert.Equal(leaves[k], SnapshotCodec.FindTarget(data[offset..(offset + length)], leaves[k].Code));
        }

        Assert.Null(SnapshotCodec.MemberOf(encoded.MemberIndex, data.Length, "0"));
        if (SnapshotCodec.MemberOf(encoded.MemberIndex, data.Length, "9164x") is { } past)
        {
            Assert.Null(SnapshotCodec.FindTarget(data[past.Offset..(past.Offset + past.Length)], "9164x"));
        }
        if (count > 0)
        {
            Assert.Equal(SnapshotCodec.Decode(SnapshotCodec.Encode([.. leaves.Select(t => t.ToString())])), SnapshotCodec.Decode(data));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000)]
    public void Risk_versions_are_found_in_the_one_member_the_index_names(int count)
    {
        var versions = Enumerable.Range(0, count).Select(i => ($"9164{i * 7919 % count:D10}", 1 + (i % 5))).ToList();

        var encoded = SnapshotCodec.EncodeVersions(versions);
        var data = encoded.Data;

        Assert.Equal(versions.Select(v => $"{v.Item1}|{v.Item2}").Order(StringComparer.Ordinal), SnapshotCodec.Decode(data));
        Assert.Equal((count + SnapshotCodec.MemberLeaves - 1) / SnapshotCodec.MemberLeaves, encoded.MemberIndex.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var (code, version) in versions.Take(50).Concat(versions.TakeLast(50)))
        {
            var (offset, length) = SnapshotCodec.MemberOf(encoded.MemberIndex, data.Length, code)!.Value;
            Assert.True(length < data.Length || count <= SnapshotCodec.MemberLeaves);
            Assert.Equal(version, SnapshotCodec.FindVersion(data[offset..(offset + length)], code));
        }

        Assert.Null(SnapshotCodec.MemberOf(encoded.MemberIndex, data.Length, "0"));
        var past = SnapshotCodec.MemberOf(encoded.MemberIndex, data.Length, "9164x")!.Value;
        Assert.Null(SnapshotCodec.FindVersion(data[past.Offset..(past.Offset + past.Length)], "9164x"));
    }

    [Fact]
    public void A_line_that_is_not_a_target_leaf_is_reported_as_unreadable()
    {
        var data = SnapshotCodec.Encode(["T|A1|A|1", "R|O1|A1"]);

        Assert.Null(SnapshotCodec.DecodeTargets(data, 2));
    }
}
