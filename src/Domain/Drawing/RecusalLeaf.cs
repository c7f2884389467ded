namespace DoubleRandom.Domain.Drawing;

/// <summary>This officer must not inspect this target: leaf <c>R|{officerId}|{code}</c>.</summary>
public sealed record RecusalLeaf(string OfficerId, string Code)
{
    public override string ToString() => $"R|{OfficerId}|{Code}";
}
