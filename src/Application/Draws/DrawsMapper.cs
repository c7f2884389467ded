using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws.Queries.VerifyBundle;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Draws;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DrawsMapper
{
    /// <summary>The draw with its task's name; the strata sizes are decoded from the stored text.</summary>
    public static DrawDto ToDto(this Draw draw, string taskName) => draw.ToDto(taskName, draw.Strata(), draw.RiskUse());

    public static partial AmendmentDto ToDto(this DrawAmendment amendment);

    [MapProperty(nameof(DrawAttachment.CreatedAtUtc), nameof(AttachmentDto.UploadedAtUtc))]
    public static partial AttachmentDto ToDto(this DrawAttachment attachment);

    /// <summary>
    /// The verdict with its first mismatch spelled out in the request's language (or why it cannot be verified yet), and
    /// the expected value told as <c>recomputed</c> or <c>published</c> after the mismatch's kind.
    /// </summary>
    public static BundleVerificationDto ToDto(this BundleVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var m = verification.Mismatch;
        var message = m is not null ? Text.Of(m.MessageZh, m.Message)
            : verification.Status == BundleVerificationStatus.SecretNotRevealed
                ? Text.Of("尚不能验证：验证包不含秘密 s（抽取公开后才公布）", "Not yet verifiable: the bundle carries no secret (it is revealed with the draw).")
                : null;
        var published = m?.Kind == BundleMismatchKind.Published;
        return verification.ToDto(
            mismatch: message, field: m?.Field, bundleSays: m?.BundleSays, recomputed: published ? null : m?.Expected,
            published: published ? m?.Expected : null);
    }

    [MapProperty(nameof(Draw.ParametersJson), nameof(DrawDto.Parameters))]
    [MapProperty(nameof(Draw.IsRevealed), nameof(DrawDto.Revealed))]
    [MapProperty(nameof(Draw.RevealedSecret), nameof(DrawDto.Secret))]
    private static partial DrawDto ToDto(this Draw draw, string taskName, IReadOnlyList<StratumSize> strata, DrawRiskUse risk);

    private static partial BundleVerificationDto ToDto(
        this BundleVerification verification, string? mismatch, string? field, string? bundleSays, string? recomputed, string? published);
}
