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
