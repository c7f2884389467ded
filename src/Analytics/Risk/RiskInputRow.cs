namespace DoubleRandom.Analytics.Risk;

/// <summary>
/// One row as ML.NET reads it: the schema's categorical values, each prefixed with its feature's name
/// (<c>kind=Enterprise</c>, so one bag of keys is the concatenation of every feature's one-hot encoding and a slot
/// names its feature), the numeric values in schema order, the label and the example weight.
/// </summary>
public sealed class RiskInputRow
{
    public string[] Categorical { get; set; } = [];

    public float[] Numeric { get; set; } = [];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;
}
