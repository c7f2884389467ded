namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Recusal leaves in §4 order (the UTF-8 bytes of <c>R|{officerId}|{code}</c>) without building the strings: the officer
/// id is compared as a field followed by <c>|</c>, then the code (the last field) ordinally.
/// </summary>
public sealed class RecusalLeafOrder : IComparer<RecusalLeaf>
{
    public static RecusalLeafOrder Instance { get; } = new();

    public int Compare(RecusalLeaf? x, RecusalLeaf? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var c = Leaves.CompareField(x.OfficerId, y.OfficerId);
        return c != 0 ? c : Math.Sign(string.CompareOrdinal(x.Code, y.Code));
    }

    /// <summary>The order of officer ids within recusal (and officer) leaves: each is followed by <c>|</c>.</summary>
    public static int CompareOfficerIds(string? x, string? y) => Leaves.CompareField(x ?? string.Empty, y ?? string.Empty);
}
