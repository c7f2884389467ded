namespace DoubleRandom.Domain.Drawing;

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
