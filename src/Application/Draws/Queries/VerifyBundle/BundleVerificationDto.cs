using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Queries.VerifyBundle;

/// <summary>
/// The answer of <c>POST /public/draws/verify</c>: <c>verified</c> only when <c>status</c> is <c>verified</c>;
/// <c>mismatch</c> the first difference in the request's language, with its <c>field</c> (bundle JSON path), what the
/// bundle says and what was <c>recomputed</c> or <c>published</c>.
/// </summary>
public sealed record BundleVerificationDto(
    bool Verified, BundleVerificationStatus Status, bool SecretRevealed, string? Mismatch, string? Field, string? BundleSays,
    string? Recomputed, string? Published)
{
    public static BundleVerificationDto From(BundleVerification v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var m = v.Mismatch;
        var message = m is not null ? Text.Of(m.MessageZh, m.Message)
            : v.Status == BundleVerificationStatus.SecretNotRevealed
                ? Text.Of("尚不能验证：验证包不含秘密 s（抽取公开后才公布）", "Not yet verifiable: the bundle carries no secret (it is revealed with the draw).")
                : null;
        return new BundleVerificationDto(
            v.Verified, v.Status, v.SecretRevealed, message, m?.Field, m?.BundleSays,
            m?.Kind == BundleMismatchKind.Published ? null : m?.Expected,
            m?.Kind == BundleMismatchKind.Published ? m.Expected : null);
    }
}
