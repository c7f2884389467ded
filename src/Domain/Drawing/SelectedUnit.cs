namespace DoubleRandom.Domain.Drawing;

/// <summary>A selected unit: target index, λ, and Q (null for take-all).</summary>
internal readonly record struct SelectedUnit(int Index, double Lambda, double? Q);
