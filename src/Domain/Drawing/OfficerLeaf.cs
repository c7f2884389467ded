namespace DoubleRandom.Domain.Drawing;

/// <summary>One eligible officer: leaf <c>O|{officerId}|{unit}|{department}|{certified}|{leader}</c>.</summary>
public sealed record OfficerLeaf(string OfficerId, string Unit, string Department, bool Certified, bool Leader)
{
    public override string ToString() =>
        $"O|{OfficerId}|{Unit}|{Department}|{(Certified ? '1' : '0')}|{(Leader ? '1' : '0')}";
}
