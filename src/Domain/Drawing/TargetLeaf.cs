using System.Globalization;

namespace DoubleRandom.Domain.Drawing;

/// <summary>One eligible target: leaf <c>T|{code}|{stratum}|{weight}</c>.</summary>
public readonly record struct TargetLeaf(string Code, string Stratum, int Weight)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"T|{Code}|{Stratum}|{Weight}");
}
