namespace DoubleRandom.Domain.Drawing;

/// <summary>A selected target with its recorded λ, Q (null for take-all) and group (null if unplaced).</summary>
public sealed record DrawnTarget(string Code, string Stratum, int Weight, double Lambda, double? Q, int? Group);
