using System.Globalization;

namespace DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;

/// <summary>A report's period resolved from a year, a quarter or a custom range, with its label and the ASCII stem of its file names.</summary>
public sealed record EvaluationPeriod(DateOnly From, DateOnly To, string Label, string FileStem)
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    public static EvaluationPeriod Of(int? year, int? quarter, DateOnly? from, DateOnly? to)
    {
        if (year is { } y && quarter is { } q)
        {
            var start = new DateOnly(y, (3 * (q - 1)) + 1, 1);
            return new(start, start.AddMonths(3).AddDays(-1), string.Create(CultureInfo.InvariantCulture, $"{y}年第{QuarterNames[q - 1]}季度"),
                string.Create(CultureInfo.InvariantCulture, $"{y}-q{q}"));
        }

        if (year is { } whole)
        {
            var text = whole.ToString(CultureInfo.InvariantCulture);
            return new(new DateOnly(whole, 1, 1), new DateOnly(whole, 12, 31), text + "年", text);
        }

        var f = from ?? throw new ArgumentNullException(nameof(from));
        var t = to ?? throw new ArgumentNullException(nameof(to));
        return new(f, t, $"{Day(f)} 至 {Day(t)}", string.Create(CultureInfo.InvariantCulture, $"{f:yyyyMMdd}-{t:yyyyMMdd}"));
    }

    /// <summary>The period of a stored job (year and quarter recognised again from its days), for file names.</summary>
    public static EvaluationPeriod Of(DateOnly from, DateOnly to)
    {
        if (from is { Month: 1, Day: 1 } && to == new DateOnly(from.Year, 12, 31))
        {
            return Of(from.Year, null, null, null);
        }

        if (from.Day == 1 && (from.Month - 1) % 3 == 0 && to == from.AddMonths(3).AddDays(-1))
        {
            return Of(from.Year, ((from.Month - 1) / 3) + 1, null, null);
        }

        return Of(null, null, from, to);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
