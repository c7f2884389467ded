namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 §10 verification. With a published draw, the bundle is first compared with it (a self-consistent bundle with
/// other entropy or another secret is a forgery); then checks run in a fixed order (protocol, leaves, input, digests,
/// commitment, result lines, result digest) and stop at the first mismatch, which is named. Every message gives the
/// field, what the bundle says, then what was recomputed (or published), in that order. A bundle without its secret is
/// at best <see cref="BundleVerificationStatus.SecretNotRevealed"/>, never verified.
/// </summary>
public static class BundleVerifier
{
    public static BundleVerification Verify(Dr1Bundle bundle, PublishedDraw? published = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var revealed = bundle.Secret is not null;
        if (published?.FirstDifference(bundle) is { } differs)
        {
            return new BundleVerification(BundleVerificationStatus.DiffersFromPublished, revealed, differs);
        }

        var mismatch = Recompute(bundle);
        return new BundleVerification(
            mismatch is not null ? BundleVerificationStatus.Mismatch
                : revealed ? BundleVerificationStatus.Verified : BundleVerificationStatus.SecretNotRevealed,
            revealed,
            mismatch);
    }

    private static BundleMismatch? Recompute(Dr1Bundle bundle)
    {
        if (!string.Equals(bundle.Protocol, Dr1Parameters.Protocol, StringComparison.Ordinal))
        {
            return BundleMismatch.Protocol(bundle.Protocol);
        }

        var input = BundleLeaves.Parse(bundle, out var leafError);
        if (input is null)
        {
            return leafError;
        }

        var errors = Dr1Validation.Validate(input);
        if (errors.Count > 0)
        {
            return BundleMismatch.Invalid(errors[0]);
        }

        try
        {
            return bundle.Secret is null ? RecomputeWithoutSecret(bundle, input) : RecomputeWithSecret(bundle, input, bundle.Secret);
        }
        catch (Dr1InputException ex)
        {
            return ex.Errors.Count > 0 ? BundleMismatch.Invalid(ex.Errors[0]) : BundleMismatch.Invalid(ex.Message);
        }
    }

    /// <summary>Before reveal: the roots, the entropy digest and the digest of the result lines, as far as they go without s.</summary>
    private static BundleMismatch? RecomputeWithoutSecret(Dr1Bundle bundle, Dr1Input input)
    {
        var prepared = Dr1Engine.Prepare(input, new byte[Dr1Hashes.SecretLength]);
        var computed = new Dr1Digests(
            prepared.ParamsDigest, prepared.TargetsRoot, prepared.OfficersRoot, prepared.RecusalsRoot,
            Dr1Hashes.EntropyDigest(bundle.Entropy), ResultLines.Digest(bundle.Result));
        return FirstDigestMismatch(bundle.Digests, computed, includeResult: true);
    }

    private static BundleMismatch? RecomputeWithSecret(Dr1Bundle bundle, Dr1Input input, string secretHex)
    {
        if (secretHex.Length != 2 * Dr1Hashes.SecretLength || !IsLowerHex(secretHex))
        {
            return BundleMismatch.SecretFormat(secretHex);
        }

        var result = Dr1Engine.Run(input, Convert.FromHexString(secretHex), bundle.Entropy);
        if (FirstDigestMismatch(bundle.Digests, result.Digests, includeResult: false) is { } mismatch)
        {
            return mismatch;
        }

        if (Differs("commitment", bundle.Commitment, result.Commitment) is { } commitment)
        {
            return commitment;
        }

        for (var i = 0; i < Math.Min(result.Lines.Count, bundle.Result.Count); i++)
        {
            if (Differs($"result[{i}]", bundle.Result[i], result.Lines[i]) is { } line)
            {
                return line;
            }
        }

        return result.Lines.Count != bundle.Result.Count
            ? BundleMismatch.Recomputed("result.length", Count(bundle.Result.Count), Count(result.Lines.Count))
            : Differs("digests.result", bundle.Digests.Result, result.Digests.Result);
    }

    private static BundleMismatch? FirstDigestMismatch(Dr1Digests bundleSays, Dr1Digests recomputed, bool includeResult) =>
        Differs("digests.params", bundleSays.Params, recomputed.Params)
        ?? Differs("digests.targets", bundleSays.Targets, recomputed.Targets)
        ?? Differs("digests.officers", bundleSays.Officers, recomputed.Officers)
        ?? Differs("digests.recusals", bundleSays.Recusals, recomputed.Recusals)
        ?? Differs("digests.entropy", bundleSays.Entropy, recomputed.Entropy)
        ?? (includeResult ? Differs("digests.result", bundleSays.Result, recomputed.Result) : null);

    private static BundleMismatch? Differs(string field, string bundleSays, string recomputed) =>
        string.Equals(bundleSays, recomputed, StringComparison.Ordinal) ? null : BundleMismatch.Recomputed(field, bundleSays, recomputed);

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsLowerHex(string text) => text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
