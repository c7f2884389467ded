using System.Globalization;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

/// <summary>Small, valid DR1 inputs for tests that are not about the known-answer vectors.</summary>
internal static class Samples
{
    public static Dr1Parameters Parameters(
        IReadOnlyDictionary<string, StratumAllocation> allocation,
        int groups = 2,
        int officersPerGroup = 2,
        int targetsPerGroup = 1000,
        int minCertified = 0,
        IReadOnlyList<string>? departments = null) =>
        new("task-1", "draw-1", allocation, groups, officersPerGroup, targetsPerGroup, minCertified, departments ?? []);

    /// <summary>Officers NX-0001…: every other one certified, every third a possible leader, two departments.</summary>
    public static OfficerLeaf[] Officers(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new OfficerLeaf(
            "NX-" + i.ToString("D4", CultureInfo.InvariantCulture),
            "yinchuan",
            i % 2 == 0 ? "amr" : "fire",
            i % 2 == 1,
            i % 3 != 2)),
    ];

    public static TargetLeaf[] Targets(string stratum, int count, Func<int, int>? weight = null) =>
    [
        .. Enumerable.Range(0, count).Select(i => new TargetLeaf(
            "9164" + stratum + i.ToString("D6", CultureInfo.InvariantCulture), stratum, weight?.Invoke(i) ?? 1)),
    ];

    public static byte[] Secret(int seed)
    {
        var secret = new byte[32];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(secret, seed);
        secret[31] = 0x5a;
        return secret;
    }
}
