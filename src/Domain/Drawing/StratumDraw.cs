namespace DoubleRandom.Domain.Drawing;

/// <summary>A selected unit: target index, λ, and Q (null for take-all).</summary>
internal readonly record struct SelectedUnit(int Index, double Lambda, double? Q);

/// <summary>One stratum's outcome: selected units, n' and W after take-all, and τ_h.</summary>
internal sealed record StratumDraw(List<SelectedUnit> Selected, long Remaining, long Weight, double? Threshold);
