using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

public class MerkleTreeTests
{
    [Fact]
    public void Empty_snapshot_root_is_the_hash_of_nothing()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MerkleTree.Root([]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(17)]
    [InlineData(100)]
    public void Root_equals_the_recursive_RFC_9162_definition(int count)
    {
        var leaves = Enumerable.Range(0, count).Select(i => $"R|NX-{i:D4}|code{i * 7919 % 1000}").ToList();

        var expected = Convert.ToHexStringLower(Recursive([.. leaves.Select(Encoding.UTF8.GetBytes).OrderBy(b => b, ByteOrder.Instance)]));

        Assert.Equal(expected, MerkleTree.Root(leaves));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(9001)]
    [InlineData(70001)]
    public void Fast_targets_root_equals_the_root_of_the_leaf_strings(int count)
    {
        var random = new Random(count);
        var targets = Enumerable.Range(0, count).Select(i => new TargetLeaf(
            // Varied lengths: "10" is a prefix of "101-…", and every 97th code needs two blocks.
            Code(i, random),
            i % 3 == 0 ? "A" : "Bstratum",
            1 + random.Next(0, 1_000_000))).ToArray();
        var parameters = Samples.Parameters(new Dictionary<string, StratumAllocation>
        {
            ["A"] = StratumAllocation.Fixed(1),
            ["Bstratum"] = StratumAllocation.Fixed(1),
        });
        var input = new Dr1Input(parameters, targets, Samples.Officers(4), []);

        var prepared = Dr1Engine.Prepare(input, new byte[32]);

        Assert.Equal(MerkleTree.Root(targets.Select(t => t.ToString())), prepared.TargetsRoot);
    }

    [Theory]
    [InlineData("91640100MA")]
    [InlineData("916401000000000000000000000")]
    public void Fast_targets_root_is_right_when_every_code_shares_a_long_prefix(string prefix)
    {
        var random = new Random(5);
        var targets = Enumerable.Range(0, 70_000)
            .Select(i => new TargetLeaf(prefix + (i * 7919 % 100_003).ToString(CultureInfo.InvariantCulture), "A", 1 + random.Next(9)))
            .ToArray();
        var parameters = Samples.Parameters(new Dictionary<string, StratumAllocation> { ["A"] = StratumAllocation.Fixed(1) });

        var prepared = Dr1Engine.Prepare(new Dr1Input(parameters, targets, Samples.Officers(4), []), new byte[32]);

        Assert.Equal(MerkleTree.Root(targets.Select(t => t.ToString())), prepared.TargetsRoot);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(1000)]
    public void Root_of_long_and_short_leaves_in_any_order_equals_the_recursive_definition(int count)
    {
        // Leaves of 54 bytes and more take the one-by-one path, shorter ones the eight-lane path; sorted or not.
        var random = new Random(count);
        var leaves = Enumerable.Range(0, count)
            .Select(i => $"R|NX-{i:D4}|{new string('c', random.Next(1, 60))}{i}")
            .ToList();
        var expected = Convert.ToHexStringLower(Recursive([.. leaves.Select(Encoding.UTF8.GetBytes).OrderBy(b => b, ByteOrder.Instance)]));

        Assert.Equal(expected, MerkleTree.Root(leaves));
        Assert.Equal(expected, MerkleTree.Root(leaves.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Targets_already_in_leaf_order_give_the_same_root_and_order_as_shuffled_ones()
    {
        var random = new Random(11);
        var shuffled = Enumerable.Range(0, 20_000)
            .Select(i => new TargetLeaf(Code(i, random), i % 2 == 0 ? "A" : "B", 1 + random.Next(100)))
            .OrderBy(_ => random.Next())
            .ToArray();
        var parameters = Samples.Parameters(new Dictionary<string, StratumAllocation>
        {
            ["A"] = StratumAllocation.Fixed(1),
            ["B"] = StratumAllocation.Fixed(1),
        });

        var fromShuffled = Dr1Engine.Prepare(new Dr1Input(parameters, shuffled, Samples.Officers(4), []), new byte[32]);
        var inOrder = fromShuffled.TargetsInLeafOrder.ToArray();
        var fromOrdered = Dr1Engine.Prepare(new Dr1Input(parameters, inOrder, Samples.Officers(4), []), new byte[32]);

        Assert.Equal(shuffled.Select(t => t.ToString()).Order(StringComparer.Ordinal), inOrder.Select(t => t.ToString()));
        Assert.Equal(fromShuffled.TargetsRoot, fromOrdered.TargetsRoot);
        Assert.Same(inOrder, fromOrdered.TargetsInLeafOrder);
    }

    [Fact]
    public void A_duplicate_in_sorted_targets_is_still_refused()
    {
        var targets = new[] { new TargetLeaf("A1", "A", 1), new TargetLeaf("A2", "A", 1), new TargetLeaf("A2", "A", 1), new TargetLeaf("A3", "A", 1) };
        var parameters = Samples.Parameters(new Dictionary<string, StratumAllocation> { ["A"] = StratumAllocation.Fixed(1) });

        var errors = Dr1Validation.Validate(new Dr1Input(parameters, targets, Samples.Officers(4), []));

        Assert.Contains(errors, e => e.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Recusal_leaves_sort_like_their_strings_without_building_them()
    {
        // Officer ids that are prefixes of each other: in a leaf "O10|" comes before "O1|" (the bar sorts after 0); codes likewise.
        string[] officers = ["O1", "O10", "O1.", "O2", "o1", "O", "O1-", "O1z"];
        string[] codes = ["A", "A1", "A|", "B", "a", "A.", "9"];
        var leaves = officers.SelectMany(o => codes.Where(c => !c.Contains('|', StringComparison.Ordinal)).Select(c => new RecusalLeaf(o, c))).ToList();
        var expected = leaves.Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList();

        leaves.Reverse();
        leaves.Sort(RecusalLeafOrder.Instance);

        Assert.Equal(expected, leaves.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("T|91640100MA76XXXX1A|A:6401|25")]
    [InlineData("T|x|A|1000000")]
    [InlineData("T|x|A|1000001")]
    [InlineData("T|x|A|0")]
    [InlineData("T|x|A|01")]
    [InlineData("T|x|A|")]
    [InlineData("T|x||1")]
    [InlineData("T||A|1")]
    [InlineData("T|x|A|1|2")]
    [InlineData("T|x|A")]
    [InlineData("O|x|A|1")]
    [InlineData("T|x y|A|1")]
    [InlineData("T|代码|A|1")]
    [InlineData("T|x|A|-1")]
    public void Byte_parser_reads_target_leaves_exactly_like_the_string_parser(string leaf)
    {
        var parser = new TargetLeafParser();

        var byString = Leaves.TryParseTarget(leaf, out var expected);
        var byBytes = parser.TryParse(Encoding.UTF8.GetBytes(leaf), out var actual);

        Assert.Equal(byString, byBytes);
        Assert.Equal(expected, actual);
    }

    private static string Code(int i, Random random)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return i % 97 == 0 ? new string('Z', 40) + n
            : i % 2 == 0 ? n
            : n + "-" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
    }

    private static byte[] Recursive(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0)
        {
            return SHA256.HashData([]);
        }

        if (leaves.Count == 1)
        {
            return SHA256.HashData([0x00, .. leaves[0]]);
        }

        var k = 1;
        while (k * 2 < leaves.Count)
        {
            k *= 2;
        }

        return SHA256.HashData([0x01, .. Recursive([.. leaves.Take(k)]), .. Recursive([.. leaves.Skip(k)])]);
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
