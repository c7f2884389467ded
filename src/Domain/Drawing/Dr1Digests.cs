namespace DoubleRandom.Domain.Drawing;

/// <summary>The published digests of a draw; <see cref="Result"/> is empty until the draw has run.</summary>
public sealed record Dr1Digests(
    string Params, string Targets, string Officers, string Recusals, string Entropy, string Result);
