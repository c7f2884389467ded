namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The verdict on a bundle. <see cref="Verified"/> only for <see cref="BundleVerificationStatus.Verified"/>;
/// <see cref="SecretRevealed"/> whenever the bundle carries a secret; <see cref="Mismatch"/> the first difference.
/// </summary>
public sealed record BundleVerification(BundleVerificationStatus Status, bool SecretRevealed, BundleMismatch? Mismatch)
{
    public bool Verified => Status == BundleVerificationStatus.Verified;

    /// <summary>The bundle recomputed (and matched the published draw, if one was given) but it was not published here.</summary>
    public BundleVerification NotPublished(string drawId) => Status is BundleVerificationStatus.Verified or BundleVerificationStatus.SecretNotRevealed
        ? this with { Status = BundleVerificationStatus.NotPublished, Mismatch = BundleMismatch.NotPublishedHere(drawId) }
        : this;
}
