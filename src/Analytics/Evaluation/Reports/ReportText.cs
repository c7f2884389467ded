using System.Globalization;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// How the report prints a number: culture-invariant, formatted once when the model is built (the renderer prints the
/// strings it finds, so the PDF, the HTML and the JSON carry the same ones). A missing figure prints as "—".
/// </summary>
public static class ReportText
{
    public const string Missing = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A share as a percentage with two decimals: 0.12345 → "12.35%".</summary>
    public static string Percent(double? share) => share is { } v ? (v * 100).ToString("0.00", Invariant) + "%" : Missing;

    /// <summary>A rate with its 95 % interval: "12.34%（95% CI 10.10%–14.58%）".</summary>
    public static string PercentWithInterval(ConfidenceInterval? interval) => interval is null
        ? Missing
        : $"{Percent(interval.Estimate)}（95% CI {Percent(interval.Low)}–{Percent(interval.High)}）";

    /// <summary>A count with thousands separators: 12345 → "12,345".</summary>
    public static string Count(long count) => count.ToString("#,0", Invariant);

    /// <summary>A number with a fixed number of decimals: 0.81234 → "0.812".</summary>
    public static string Number(double? value, int decimals = 3) =>
        value is { } v ? v.ToString("0." + new string('0', decimals), Invariant) : Missing;

    /// <summary>A ratio as a multiple: 1.853 → "1.85 倍".</summary>
    public static string Times(double? value) => value is { } v ? Number(v, 2) + " 倍" : Missing;

    /// <summary>A share as percentage points: 0.0512 → "5.12".</summary>
    public static string Points(double difference) => (difference * 100).ToString("0.00", Invariant);

    /// <summary>A p-value: "p = 0.034", "p &lt; 0.001".</summary>
    public static string PValue(double? p) => p switch
    {
        null => Missing,
        < 0.001 => "p < 0.001",
        { } v => "p = " + v.ToString("0.000", Invariant),
    };

    /// <summary>A day as ISO 8601: "2026-03-01".</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    /// <summary>A section without data, with the reason printed in its place.</summary>
    public static SectionStatus NoData(string reason) => new(false, reason);

    /// <summary>A section with data (optionally with a note printed under its title).</summary>
    public static SectionStatus Data(string? note = null) => new(true, note);

    /// <summary>part ÷ whole, null when the whole is zero.</summary>
    public static double? Share(long part, long whole) => whole > 0 ? (double)part / whole : null;
}
