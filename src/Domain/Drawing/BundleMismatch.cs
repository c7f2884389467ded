namespace DoubleRandom.Domain.Drawing;

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
