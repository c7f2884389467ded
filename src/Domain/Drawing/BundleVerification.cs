namespace DoubleRandom.Domain.Drawing;

/// <summary>The verdict on a bundle: verified, or the first thing that does not match.</summary>
public sealed record BundleVerification(bool Verified, bool SecretRevealed, string? Mismatch)
{
    internal static BundleVerification Fail(string mismatch) => new(false, false, mismatch);
}
