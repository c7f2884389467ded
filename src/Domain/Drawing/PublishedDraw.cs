namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// What the service published for a draw: at prepare its id, parameters digest, three roots and commitment; at
/// execution the entropy and result digests; at reveal the secret. A bundle proves a draw only if it matches these.
/// </summary>
public sealed record PublishedDraw(
    string DrawId, string ParamsDigest, string TargetsRoot, string OfficersRoot, string RecusalsRoot, string Commitment,
    string? EntropyDigest, string? ResultDigest, string? Secret)
{
    /// <summary>The published values a bundle itself states (a bundle downloaded from the service).</summary>
    public static PublishedDraw From(Dr1Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var d = bundle.Digests;
        return new PublishedDraw(
            bundle.Parameters.DrawId, d.Params, d.Targets, d.Officers, d.Recusals, bundle.Commitment, d.Entropy, d.Result, bundle.Secret);
    }

    /// <summary>
    /// The first field (bundle JSON path) where <paramref name="bundle"/> differs from this, in publication order
    /// (prepare, execution, reveal); values not published yet are not compared. Draw ids compare as GUIDs in any format.
    /// </summary>
    public BundleMismatch? FirstDifference(Dr1Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var d = bundle.Digests;
        var sameId = Guid.TryParse(bundle.Parameters.DrawId, out var bundleId) && Guid.TryParse(DrawId, out var publishedId)
            ? bundleId == publishedId
            : string.Equals(bundle.Parameters.DrawId, DrawId, StringComparison.Ordinal);
        return (sameId ? null : BundleMismatch.Published("params.drawId", bundle.Parameters.DrawId, DrawId))
            ?? Differs("digests.params", d.Params, ParamsDigest)
            ?? Differs("digests.targets", d.Targets, TargetsRoot)
            ?? Differs("digests.officers", d.Officers, OfficersRoot)
            ?? Differs("digests.recusals", d.Recusals, RecusalsRoot)
            ?? Differs("commitment", bundle.Commitment, Commitment)
            ?? Differs("digests.entropy", d.Entropy, EntropyDigest)
            ?? Differs("digests.result", d.Result, ResultDigest)
            ?? Differs("secret", bundle.Secret, Secret);
    }

    private static BundleMismatch? Differs(string field, string? bundleSays, string? published) =>
        published is null || bundleSays is null || string.Equals(bundleSays, published, StringComparison.Ordinal)
            ? null
            : BundleMismatch.Published(field, bundleSays, published);
}
