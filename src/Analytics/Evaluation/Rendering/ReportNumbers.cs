using System.Globalization;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>The one way the renderer prints a number from the model (culture-invariant, so the PDF and the HTML agree on every machine); a missing value prints as "—".</summary>
public static class ReportNumbers
{
    public const string Missing = "—";

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is { } s && double.IsFinite(s) ? (s * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : Missing;

    public static string Decimal(double? value, int digits = 2) =>
        value is { } v && double.IsFinite(v) ? v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Missing;

    /// <summary>A rate's 95 % interval as "[low, high]" in percent.</summary>
    public static string Interval(ConfidenceInterval? ci) => ci is null ? Missing : $"[{Percent(ci.Low)}, {Percent(ci.High)}]";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : Missing;

    /// <summary>A UTC moment shown in Asia/Shanghai (UTC+8, no daylight saving) as "yyyy-MM-dd HH:mm".</summary>
    public static string Shanghai(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
