namespace DoubleRandom.Domain.Drawing;


/// <summary>
/// DR1 §10 verification. Checks run in a fixed order (protocol, leaves, input digests, commitment,
/// result lines, result digest) and stop at the first mismatch, which is named. "expected" is the
/// anchor (a sealed digest, or the recomputed line); "got" is what the bundle holds or yields.
/// </summary>
public static class BundleVerifier
{
    public static BundleVerification Verify(Dr1Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (!string.Equals(bundle.Protocol, Dr1Parameters.Protocol, StringComparison.Ordinal))
        {
            return BundleVerification.Fail($"protocol is '{bundle.Protocol}', expected DR1");
        }

        var input = BundleLeaves.Parse(bundle, out var leafError);
        if (input is null)
        {
            return BundleVerification.Fail(leafError!);
        }

        var errors = Dr1Validation.Validate(input);
        if (errors.Count > 0)
        {
            return BundleVerification.Fail($"input is invalid: {errors[0].Field}: {errors[0].Message}");
        }

        if (bundle.Secret is null)
        {
            var prepared = Dr1Engine.Prepare(input, new byte[Dr1Hashes.SecretLength]);
            var computed = new Dr1Digests(
                prepared.ParamsDigest, prepared.TargetsRoot, prepared.OfficersRoot, prepared.RecusalsRoot,
                Dr1Hashes.EntropyDigest(bundle.Entropy), ResultLines.Digest(bundle.Result));
            return FirstDigestMismatch(bundle.Digests, computed, includeResult: true) is { } early
                ? BundleVerification.Fail(early)
                : new BundleVerification(true, false, null);
        }

        if (bundle.Secret.Length != 2 * Dr1Hashes.SecretLength || !IsLowerHex(bundle.Secret))
        {
            return BundleVerification.Fail("secret is not 64 lowercase hex digits");
        }

        var secret = Convert.FromHexString(bundle.Secret);
        var result = Dr1Engine.Run(input, secret, bundle.Entropy);
        if (FirstDigestMismatch(bundle.Digests, result.Digests, includeResult: false) is { } mismatch)
        {
            return BundleVerification.Fail(mismatch);
        }

        if (!string.Equals(bundle.Commitment, result.Commitment, StringComparison.Ordinal))
        {
            return BundleVerification.Fail("commitment does not match secret");
        }

        for (var i = 0; i < Math.Min(result.Lines.Count, bundle.Result.Count); i++)
        {
            if (!string.Equals(result.Lines[i], bundle.Result[i], StringComparison.Ordinal))
            {
                return BundleVerification.Fail($"result line {i + 1} differs: expected {result.Lines[i]} got {bundle.Result[i]}");
            }
        }

        if (result.Lines.Count != bundle.Result.Count)
        {
            return BundleVerification.Fail($"result has {bundle.Result.Count} lines, expected {result.Lines.Count}");
        }

        return Differs("result digest", bundle.Digests.Result, result.Digests.Result) is { } last
            ? BundleVerification.Fail(last)
            : new BundleVerification(true, true, null);
    }

    private static string? FirstDigestMismatch(Dr1Digests sealedDigests, Dr1Digests computed, bool includeResult) =>
        Differs("params digest", sealedDigests.Params, computed.Params)
        ?? Differs("targets root", sealedDigests.Targets, computed.Targets)
        ?? Differs("officers root", sealedDigests.Officers, computed.Officers)
        ?? Differs("recusals root", sealedDigests.Recusals, computed.Recusals)
        ?? Differs("entropy digest", sealedDigests.Entropy, computed.Entropy)
        ?? (includeResult ? Differs("result digest", sealedDigests.Result, computed.Result) : null);

    private static string? Differs(string what, string expected, string got) =>
        string.Equals(expected, got, StringComparison.Ordinal) ? null : $"{what} differs: expected {expected} got {got}";

    private static bool IsLowerHex(string text) => text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
