using System.Security.Cryptography;
using System.Text;
using DoubleRandom.Api.Cli;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;
using DoubleRandom.Application.Evaluation.Jobs;

namespace DoubleRandom.Api.UnitTests.Evaluation;

/// <summary>A report's period labels and file names, the Content-Disposition they give, the fingerprint's canonical form, and the command line's arguments.</summary>
public sealed class EvaluationReportNamingTests
{
    [Theory]
    [InlineData(2026, null, "2026-01-01", "2026-12-31", "2026年", "2026")]
    [InlineData(2026, 1, "2026-01-01", "2026-03-31", "2026年第一季度", "2026-q1")]
    [InlineData(2024, 4, "2024-10-01", "2024-12-31", "2024年第四季度", "2024-q4")]
    public void A_year_or_quarter_is_resolved_labelled_and_recognised_again_from_its_days(
        int year, int? quarter, string from, string to, string label, string stem)
    {
        var period = EvaluationPeriod.Of(year, quarter, null, null);

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), label, stem),
            (period.From, period.To, period.Label, period.FileStem));
        Assert.Equal(period, EvaluationPeriod.Of(period.From, period.To));
    }

    [Fact]
    public void A_custom_range_is_labelled_with_its_days()
    {
        var period = EvaluationPeriod.Of(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31));

        Assert.Equal(("2026-03-01 至 2026-05-31", "20260301-20260531"), (period.Label, period.FileStem));
    }

    [Fact]
    public void The_download_name_is_an_ascii_fallback_and_the_chinese_name_percent_encoded_as_utf8()
    {
        var header = DownloadName.Header("evaluation-report-2026.pdf", "2026年监管效果评估报告.pdf");

        // RFC 5987: UTF-8 bytes of 年 (E5 B9 B4), 监 (E7 9B 91) … percent-encoded.
        var encoded = string.Concat(Encoding.UTF8.GetBytes("2026年监管效果评估报告.pdf").Select(b =>
            char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-' ? ((char)b).ToString() : $"%{b:X2}"));
        Assert.Equal($"attachment; filename=\"evaluation-report-2026.pdf\"; filename*=UTF-8''{encoded}", header);
        Assert.StartsWith("attachment; filename=\"evaluation-report-2026.pdf\"; filename*=UTF-8''2026%E5%B9%B4%E7%9B%91", header, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_is_the_sha256_of_its_lines_and_ignores_the_scopes_order()
    {
        var unit = Guid.Parse("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1b01");
        var a = EvaluationFingerprint.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            new EvaluationScopeDto([unit], ["b", "a"], ["H", "F"]), 3, "digest");
        var b = EvaluationFingerprint.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            EvaluationScopeDto.Canonical([unit, unit], ["a", "b"], ["f", "H"]), 3, "digest");

        var lines = $"er-1\n2026-01-01\n2026-12-31\nunits:{unit:D}\ndepartments:a,b\nindustries:F,H\nmodel:3\ndata:digest";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines))), a);
        Assert.Equal(a, b);
        Assert.NotEqual(a, EvaluationFingerprint.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new EvaluationScopeDto([unit], ["a", "b"], ["F", "H"]), null, "digest"));
        Assert.NotEqual(a, EvaluationFingerprint.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new EvaluationScopeDto([unit], ["a", "b"], ["F", "H"]), 3, "other"));
    }

    [Fact]
    public void The_command_line_arguments_give_the_request_and_the_format_from_the_extension()
    {
        var (parsed, error) = EvaluationReportArguments.Parse(
            ["--year", "2026", "--quarter", "3", "--unit", "YC01", "--unit", "SZ01", "--department", "amr", "--industry", "F", "--out", "out/r.HTML"]);

        Assert.Null(error);
        Assert.Equal((2026, 3, ReportFormat.Html, "out/r.HTML"), (parsed!.Year, parsed.Quarter, parsed.Format, parsed.Out));
        Assert.Equal(["YC01", "SZ01"], parsed.Units);
        Assert.Equal(["amr"], parsed.Departments);
        Assert.Equal(["F"], parsed.Industries);
        Assert.Equal((ReportFormat.Pdf, new DateOnly(2026, 3, 1)), (EvaluationReportArguments.Parse(["--from", "2026-03-01", "--to", "2026-05-31", "--out", "r.pdf"]).Arguments!.Format,
            EvaluationReportArguments.Parse(["--from", "2026-03-01", "--to", "2026-05-31", "--out", "r.pdf"]).Arguments!.From!.Value));
    }

    [Theory]
    [InlineData("缺少 --out", "--year", "2026")]
    [InlineData("扩展名", "--year", "2026", "--out", "r.docx")]
    [InlineData("须为整数", "--year", "二〇二六", "--out", "r.pdf")]
    [InlineData("须为日期", "--from", "2026/03/01", "--to", "2026-05-31", "--out", "r.pdf")]
    [InlineData("未知选项", "--colour", "red", "--out", "r.pdf")]
    [InlineData("缺少取值", "--out", "r.pdf", "--year")]
    [InlineData("请指定期间", "--out", "r.pdf")]
    public void Bad_arguments_are_named_in_chinese(string message, params string[] args)
    {
        var (parsed, error) = EvaluationReportArguments.Parse(args);

        Assert.Null(parsed);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
