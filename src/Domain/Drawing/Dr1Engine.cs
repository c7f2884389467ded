namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 end to end: prepare-time digests and commitment, then the draw from s and E (§4–§9).
/// Pure and deterministic: the same input, secret and entropy give the same lines anywhere.
/// </summary>
public static class Dr1Engine
{
    /// <summary>What is published before the draw: digests of P and the snapshots, sizes, and C.</summary>
    /// <exception cref="Dr1InputException">The input breaks a DR1 rule.</exception>
    public static Dr1Preparation Prepare(Dr1Input input, ReadOnlySpan<byte> secret)
    {
        var (table, digests) = Digest(input, string.Empty);
        return new Dr1Preparation(
            digests.Params,
            digests.Targets,
            digests.Officers,
            digests.Recusals,
            input.Parameters.StratumSizes(input.Targets),
            Dr1Hashes.Commitment(secret))
        {
            TargetsInLeafOrder = table.InLeafOrder(),
        };
    }

    /// <exception cref="Dr1InputException">The input breaks a DR1 rule.</exception>
    public static Dr1Result Run(Dr1Input input, ReadOnlySpan<byte> secret, string entropy)
    {
        ArgumentNullException.ThrowIfNull(entropy);
        var commitment = Dr1Hashes.Commitment(secret);
        var (table, digests) = Digest(input, entropy);
        var seedBytes = Dr1Hashes.Seed(secret, digests);
        var seed = new KeyedHash(seedBytes);
        var p = input.Parameters;

        var groups = GroupFormer.Form(input.Officers, p, seed, out var unmetNeed);
        if (groups is null)
        {
            string[] failed = [ResultLines.FailureLine(Dr1Result.InsufficientOfficers)];
            return new Dr1Result(
                digests with { Result = ResultLines.Digest(failed) }, commitment, Dr1Hashes.Hex(seedBytes),
                Dr1Result.InsufficientOfficers, unmetNeed, failed, [], [], []);
        }

        var members = MembersByStratum(table);
        var strata = new List<StratumOutcome>();
        var selected = new List<SelectedUnit>();
        for (var h = 0; h < table.StratumKeys.Length; h++)
        {
            var key = table.StratumKeys[h];
            var size = p.Allocation[key].SampleSize(members[h].Length);
            var draw = ParetoSampler.Draw(table, h, members[h], size, seed);
            selected.AddRange(draw.Selected);
            strata.Add(new StratumOutcome(key, members[h].Length, size, draw.Remaining, draw.Weight, draw.Threshold));
        }

        var codes = selected.Select(s => table.Targets[s.Index].Code).ToList();
        var placed = TargetAssigner.Assign(codes, groups, input.Recusals, p.TargetsPerGroup, seed);
        var targets = selected.Select((s, i) =>
        {
            var leaf = table.Targets[s.Index];
            return new DrawnTarget(leaf.Code, leaf.Stratum, leaf.Weight, s.Lambda, s.Q, placed[i] == 0 ? null : placed[i]);
        }).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();

        var lines = ResultLines.Build(groups, targets, strata);
        return new Dr1Result(
            digests with { Result = ResultLines.Digest(lines) }, commitment, Dr1Hashes.Hex(seedBytes),
            null, null, lines, groups, targets, strata);
    }

    private static (TargetTable Table, Dr1Digests Digests) Digest(Dr1Input input, string entropy)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<DrawFieldError>();
        var table = Dr1Validation.Check(input, errors);
        if (table is null || errors.Count > 0)
        {
            throw new Dr1InputException(errors);
        }

        var digests = new Dr1Digests(
            Dr1Hashes.ParamsDigest(input.Parameters),
            MerkleTree.TargetsRoot(table),
            MerkleTree.Root(input.Officers.Select(o => o.ToString())),
            MerkleTree.Root(input.Recusals.Select(r => r.ToString())),
            Dr1Hashes.EntropyDigest(entropy),
            string.Empty);
        return (table, digests);
    }

    private static int[][] MembersByStratum(TargetTable table)
    {
        var counts = new int[table.StratumKeys.Length];
        foreach (var h in table.StratumOf)
        {
            counts[h]++;
        }

        var members = counts.Select(c => new int[c]).ToArray();
        Array.Clear(counts);
        for (var i = 0; i < table.StratumOf.Length; i++)
        {
            var h = table.StratumOf[i];
            members[h][counts[h]++] = i;
        }

        return members;
    }
}
