namespace DoubleRandom.Domain.Drawing;

/// <summary>One stratum's outcome: selected units, n' and W after take-all, and τ_h.</summary>
internal sealed record StratumDraw(List<SelectedUnit> Selected, long Remaining, long Weight, double? Threshold);
