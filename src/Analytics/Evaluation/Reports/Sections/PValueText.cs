using System.Globalization;

namespace DoubleRandom.Analytics.Evaluation.Reports.Sections;

/// <summary>A p-value in words: "p = 0.420", "p &lt; 0.001" (culture-invariant).</summary>
public static class PValueText
{
    public static string Of(double p) =>
        p < 0.001 ? "p < 0.001" : "p = " + p.ToString("0.000", CultureInfo.InvariantCulture);
}
