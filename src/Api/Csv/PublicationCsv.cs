using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Application.PublicResults;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Infrastructure.Rosters.Import;

namespace DoubleRandom.Api.Csv;

/// <summary>
/// The national publicity export (国家企业信用信息公示系统 · 抽查检查结果) as CSV: RFC 4180, CRLF, every cell through
/// <see cref="CsvCell.Cell"/> (formula signs neutralised), UTF-8 with a byte-order mark or GB 18030. Rows are written as
/// they are read (64 KiB buffer), so a task of any size takes the same memory. The layout is
/// <see cref="Header"/>; docs/after-inspection.md says where it comes from and that it is checked against the province's
/// import template before the first submission.
/// </summary>
internal static class PublicationCsv
{
    /// <summary>The inspection type column's value: every result here comes from a 双随机 draw.</summary>
    public const string InspectionType = "双随机抽查";

    /// <summary>The columns, in order (the national system's 抽查检查结果 fields, keyed by the subject's code).</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "序号", "统一社会信用代码/注册号", "企业名称", "抽查任务编号", "抽查任务名称", "检查事项", "检查实施机关", "检查类型", "检查日期",
        "检查结果", "公示日期", "更正日期",
    ];

    public static string ContentType(PublicationCsvEncoding encoding) =>
        encoding == PublicationCsvEncoding.Gb18030 ? "text/csv; charset=gb18030" : "text/csv; charset=utf-8";

    public static Encoding EncodingOf(PublicationCsvEncoding encoding) =>
        encoding == PublicationCsvEncoding.Gb18030 ? EncodingDetector.StrictGb18030 : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task WriteAsync(Stream body, PublicationCsvEncoding encoding, IAsyncEnumerable<PublishedResult> rows, CancellationToken cancellationToken)
    {
        if (encoding == PublicationCsvEncoding.Utf8)
        {
            await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        }

        await using var writer = new StreamWriter(body, EncodingOf(encoding), 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(',', Header.Select(CsvCell.Cell)));
        var number = 0;
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            number++;
            await writer.WriteLineAsync(string.Join(',',
                number.ToString(CultureInfo.InvariantCulture), CsvCell.Cell(r.TargetCode), CsvCell.Cell(r.TargetName),
                r.TaskId.ToString("D"), CsvCell.Cell(r.TaskName), CsvCell.Cell(r.ItemName), CsvCell.Cell(r.Authority), InspectionType,
                Day(r.InspectedOn), CsvCell.Cell(r.ResultCategoryNameZh), Day(r.PublishedOn), r.CorrectedOn is { } corrected ? Day(corrected) : string.Empty));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
