namespace DoubleRandom.Domain.Drawing;

/// <summary>Turns a bundle's leaf strings back into a draw input, naming the first leaf that does not parse.</summary>
internal static class BundleLeaves
{
    public static Dr1Input? Parse(Dr1Bundle bundle, out BundleMismatch? error)
    {
        error = null;
        var targets = bundle.Targets is TargetLeafList read ? Read(read, out error) : Parse(bundle.Targets, out error);
        if (targets is null)
        {
            return null;
        }

        var officers = new OfficerLeaf[bundle.Officers.Count];
        for (var i = 0; i < officers.Length; i++)
        {
            if (!Leaves.TryParseOfficer(bundle.Officers[i], out var officer))
            {
                error = BundleMismatch.Leaf($"officers[{i}]", bundle.Officers[i]);
                return null;
            }

            officers[i] = officer!;
        }

        var recusals = new RecusalLeaf[bundle.Recusals.Count];
        for (var i = 0; i < recusals.Length; i++)
        {
            if (!Leaves.TryParseRecusal(bundle.Recusals[i], out var recusal))
            {
                error = BundleMismatch.Leaf($"recusals[{i}]", bundle.Recusals[i]);
                return null;
            }

            recusals[i] = recusal!;
        }

        return new Dr1Input(bundle.Parameters, targets, officers, recusals);
    }

    /// <summary>Leaves a reader already parsed (a posted bundle): nothing to parse again.</summary>
    private static IReadOnlyList<TargetLeaf>? Read(TargetLeafList read, out BundleMismatch? error)
    {
        error = read.Invalid is { } invalid ? BundleMismatch.Leaf($"targets[{read.InvalidIndex}]", invalid) : null;
        return error is null ? read.Leaves : null;
    }

    private static TargetLeaf[]? Parse(IReadOnlyList<string> leaves, out BundleMismatch? error)
    {
        error = null;
        var targets = new TargetLeaf[leaves.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            if (!Leaves.TryParseTarget(leaves[i], out targets[i]))
            {
                error = BundleMismatch.Leaf($"targets[{i}]", leaves[i]);
                return null;
            }
        }

        return targets;
    }
}
