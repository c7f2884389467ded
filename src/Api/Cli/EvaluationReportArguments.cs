using System.Globalization;
using DoubleRandom.Application.Evaluation;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// The arguments of <c>report evaluation</c>, parsed: a year (optionally a quarter) or a from/to range, unit codes,
/// department codes, industry sections and the output file, whose extension (<c>.pdf</c>, <c>.html</c>/<c>.htm</c>)
/// gives the format. <see cref="Parse"/> answers the arguments or a Chinese message saying what is wrong.
/// </summary>
internal sealed record EvaluationReportArguments(
    int? Year, int? Quarter, DateOnly? From, DateOnly? To, IReadOnlyList<string> Units, IReadOnlyList<string> Departments,
    IReadOnlyList<string> Industries, string Out, ReportFormat Format)
{
    public static (EvaluationReportArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int? year = null, quarter = null;
        DateOnly? from = null, to = null;
        string? output = null;
        List<string> units = [], departments = [], industries = [];
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"选项 {name} 缺少取值");
            }

            var value = args[++i];
            switch (name)
            {
                case "--year" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y):
                    year = y;
                    break;
                case "--quarter" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var q):
                    quarter = q;
                    break;
                case "--from" when Day(value) is { } f:
                    from = f;
                    break;
                case "--to" when Day(value) is { } t:
                    to = t;
                    break;
                case "--unit":
                    units.Add(value);
                    break;
                case "--department":
                    departments.Add(value);
                    break;
                case "--industry":
                    industries.Add(value);
                    break;
                case "--out":
                    output = value;
                    break;
                case "--year" or "--quarter":
                    return (null, $"{name} 须为整数：{value}");
                case "--from" or "--to":
                    return (null, $"{name} 须为日期 yyyy-MM-dd：{value}");
                default:
                    return (null, $"未知选项：{name}");
            }
        }

        if (output is null)
        {
            return (null, "缺少 --out（输出文件，扩展名 .pdf 或 .html）");
        }

        ReportFormat? format = Path.GetExtension(output).ToUpperInvariant() switch
        {
            ".PDF" => ReportFormat.Pdf,
            ".HTML" or ".HTM" => ReportFormat.Html,
            _ => null,
        };
        if (format is null)
        {
            return (null, $"输出文件的扩展名须为 .pdf 或 .html：{output}");
        }

        if (year is null && from is null && to is null)
        {
            return (null, "请指定期间：--year（可加 --quarter），或 --from 与 --to");
        }

        return (new(year, quarter, from, to, units, departments, industries, output, format.Value), null);
    }

    private static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
