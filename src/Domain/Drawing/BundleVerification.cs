using System.Text.Json.Serialization;

namespace DoubleRandom.Domain.Drawing;

/// <summary>How a verification ended. Only <see cref="Verified"/> means the draw is proven.</summary>
public enum BundleVerificationStatus
{
    /// <summary>The bundle recomputes to its own digests from its secret (and matches what was published, when compared).</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,

    /// <summary>The bundle does not recompute to what it says: <see cref="BundleVerification.Mismatch"/> names the field.</summary>
    [JsonStringEnumMemberName("mismatch")]
    Mismatch,

    /// <summary>The bundle is consistent as far as it goes but carries no secret: not yet verifiable.</summary>
    [JsonStringEnumMemberName("secret-not-revealed")]
    SecretNotRevealed,

    /// <summary>The bundle is self-consistent but not what was published for its draw (a forgery or another draw).</summary>
    [JsonStringEnumMemberName("differs-from-published")]
    DiffersFromPublished,

    /// <summary>No draw with the bundle's drawId was published by this service.</summary>
    [JsonStringEnumMemberName("not-published")]
    NotPublished,
}

/// <summary>The kind of the first difference found; the values it compares travel with it.</summary>
public enum BundleMismatchKind
{
    /// <summary>The protocol is not DR1.</summary>
    Protocol,

    /// <summary>A leaf string does not parse (<see cref="BundleMismatch.BundleSays"/> is the leaf).</summary>
    Leaf,

    /// <summary>The input breaks a DR1 rule.</summary>
    InvalidInput,

    /// <summary>The secret is not 64 lowercase hex digits.</summary>
    SecretFormat,

    /// <summary>The bundle says one value, recomputing gives another.</summary>
    Recomputed,

    /// <summary>The bundle says one value, the published draw another.</summary>
    Published,

    /// <summary>No published draw has the bundle's drawId.</summary>
    NotPublished,
}

/// <summary>
/// The first difference: the bundle field (its JSON path), what the bundle says and what it was compared with
/// (<see cref="Expected"/>: recomputed, published or required). Both texts travel together, as in <see cref="DrawFieldError"/>:
/// every message names the field, then what the bundle says, then the other value, in that order.
/// </summary>
public sealed record BundleMismatch(BundleMismatchKind Kind, string Field, string? BundleSays, string? Expected, string Message, string MessageZh)
{
    internal static BundleMismatch Recomputed(string field, string bundleSays, string recomputed) => new(
        BundleMismatchKind.Recomputed, field, bundleSays, recomputed,
        $"{field} differs: bundle says {bundleSays}, recomputed {recomputed}",
        $"{field} 不一致：验证包为 {bundleSays}，重新计算为 {recomputed}");

    internal static BundleMismatch Published(string field, string bundleSays, string published) => new(
        BundleMismatchKind.Published, field, bundleSays, published,
        $"{field} differs from the published draw: bundle says {bundleSays}, published {published}",
        $"{field} 与公示不一致：验证包为 {bundleSays}，公示为 {published}");

    internal static BundleMismatch Protocol(string bundleSays) => new(
        BundleMismatchKind.Protocol, "protocol", bundleSays, Dr1Parameters.Protocol,
        $"protocol differs: bundle says {bundleSays}, required {Dr1Parameters.Protocol}",
        $"protocol 不一致：验证包为 {bundleSays}，应为 {Dr1Parameters.Protocol}");

    internal static BundleMismatch Leaf(string field, string leaf) => new(
        BundleMismatchKind.Leaf, field, leaf, null, $"{field} is not a leaf: bundle says {leaf}", $"{field} 不是合法的叶子：验证包为 {leaf}");

    internal static BundleMismatch Invalid(DrawFieldError error) => new(
        BundleMismatchKind.InvalidInput, error.Field, null, null, $"input is invalid: {error.Field}: {error.Message}",
        $"输入无效：{error.Field}：{error.MessageZh}");

    internal static BundleMismatch Invalid(string message) => new(
        BundleMismatchKind.InvalidInput, "input", null, null, $"input is invalid: {message}", $"输入无效：{message}");

    internal static BundleMismatch SecretFormat(string bundleSays) => new(
        BundleMismatchKind.SecretFormat, "secret", bundleSays, null, $"secret is not 64 lowercase hex digits: bundle says {bundleSays}",
        $"secret 不是 64 位小写十六进制数：验证包为 {bundleSays}");

    internal static BundleMismatch NotPublishedHere(string drawId) => new(
        BundleMismatchKind.NotPublished, "params.drawId", drawId, null, $"no draw with drawId {drawId} was published here",
        $"本服务未公示 drawId 为 {drawId} 的抽取");
}

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
