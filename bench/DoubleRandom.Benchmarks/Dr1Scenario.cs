using System.Globalization;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Benchmarks;

/// <summary>
/// A synthetic province-sized draw: five strata of USCC-like codes, mostly unit weights with a
/// few heavy (take-all) targets, 200 officers in three departments, 20 groups, 500 recusals.
/// </summary>
public static class Dr1Scenario
{
    private static readonly string[] Strata = ["A", "B", "C", "D", "E"];
    private static readonly double[] Shares = [0.40, 0.30, 0.15, 0.10, 0.05];

    public static Dr1Input Create(int targets)
    {
        var random = new Random(42);
        var leaves = new TargetLeaf[targets];
        for (var i = 0; i < targets; i++)
        {
            var h = StratumOf(i, targets);
            var roll = random.Next(10_000);
            var weight = roll < 9_900 ? 1 : roll < 9_999 ? random.Next(2, 50) : 100_000;
            leaves[i] = new TargetLeaf(Code(i, random), Strata[h], weight);
        }

        var officers = Enumerable.Range(1, 200).Select(i => new OfficerLeaf(
            "NX-" + i.ToString("D4", CultureInfo.InvariantCulture),
            i % 4 == 0 ? "wuzhong" : "yinchuan",
            (i % 3) switch { 0 => "amr", 1 => "fire", _ => "env" },
            i % 10 < 7,
            i % 10 < 3)).ToArray();
        var recusals = Enumerable.Range(0, 500)
            .Select(k => new RecusalLeaf(officers[k % officers.Length].OfficerId, leaves[random.Next(targets)].Code))
            .Distinct()
            .ToArray();

        var allocation = new Dictionary<string, StratumAllocation>(StringComparer.Ordinal)
        {
            ["A"] = StratumAllocation.Ratio(50),
            ["B"] = StratumAllocation.Ratio(100),
            ["C"] = StratumAllocation.Ratio(200),
            ["D"] = StratumAllocation.Fixed(targets / 1000),
            ["E"] = StratumAllocation.Ratio(300),
        };
        var total = allocation.Sum(a => a.Value.SampleSize((int)(targets * Shares[Array.IndexOf(Strata, a.Key)]) + 1));
        var parameters = new Dr1Parameters(
            "task-bench", "draw-bench", allocation, 20, 5, (total / 20) + 50, 2, ["amr", "fire"]);
        return new Dr1Input(parameters, leaves, officers, recusals);
    }

    public static byte[] Secret { get; } = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    private static int StratumOf(int i, int targets)
    {
        var x = (double)i / targets;
        var h = 0;
        for (var acc = Shares[0]; x >= acc && h < Shares.Length - 1; acc += Shares[++h])
        {
        }

        return h;
    }

    private static string Code(int i, Random random)
    {
        // 18 characters like a unified social credit code; the index keeps them unique.
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Span<char> code = stackalloc char[18];
        "9164".CopyTo(code);
        for (var p = 4; p < 10; p++)
        {
            code[p] = Alphabet[random.Next(Alphabet.Length)];
        }

        i.ToString("D8", CultureInfo.InvariantCulture).CopyTo(code[10..]);
        return new string(code);
    }
}
